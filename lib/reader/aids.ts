import type { ChineseScript } from '../text-aids/script';

/** Pinyin over Chinese: none, plain, or with a colour per tone. */
export type PinyinMode = 'off' | 'on' | 'tone';

/** The reading aids of a view: part of its URL, like the columns, so a view can be shared. */
export interface ReadingAids {
  pinyin: PinyinMode;
  script: ChineseScript;
  /** Stress marks over Russian. */
  stress: boolean;
}

export const NO_AIDS: ReadingAids = { pinyin: 'off', script: 'hans', stress: false };

type QueryValue = string | string[] | null | undefined;
const first = (value: QueryValue) => (Array.isArray(value) ? value[0] : value) ?? undefined;

/**
 * The aids from the query (`py=1` or `py=tone`, `zh=hant`, `stress=1`); any other value is the
 * default, so a mistyped link still opens a readable page.
 */
export function parseAids(query: { py?: QueryValue; zh?: QueryValue; stress?: QueryValue }): ReadingAids {
  const py = first(query.py);
  return {
    pinyin: py === '1' ? 'on' : py === 'tone' ? 'tone' : 'off',
    script: first(query.zh) === 'hant' ? 'hant' : 'hans',
    stress: first(query.stress) === '1',
  };
}

/** The query that carries the aids: only what differs from the default. */
export function aidsQuery(aids: ReadingAids): Record<string, string> {
  return {
    ...(aids.pinyin === 'on' ? { py: '1' } : aids.pinyin === 'tone' ? { py: 'tone' } : {}),
    ...(aids.script === 'hant' ? { zh: 'hant' } : {}),
    ...(aids.stress ? { stress: '1' } : {}),
  };
}

const PINYIN_KEY: Record<PinyinMode, string> = { off: '0', on: '1', tone: 't' };

/** Three characters for a cache key: pinyin (0, 1, t), script (s, t), stress (0, 1). */
export function aidsKey(aids: ReadingAids): string {
  return `${PINYIN_KEY[aids.pinyin]}${aids.script === 'hant' ? 't' : 's'}${aids.stress ? 1 : 0}`;
}

/** The aids a key names, or undefined for anything else. */
export function parseAidsKey(key: string): ReadingAids | undefined {
  const match = /^([01t])([st])([01])$/.exec(key);
  if (!match) return undefined;
  return {
    pinyin: match[1] === '1' ? 'on' : match[1] === 't' ? 'tone' : 'off',
    script: match[2] === 't' ? 'hant' : 'hans',
    stress: match[3] === '1',
  };
}
