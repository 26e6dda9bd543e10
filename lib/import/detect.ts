import { CYRILLIC, HAN, LATIN } from '../align/script';
import type { Lang } from '../languages';

/** Letters read to decide: the start of a book tells its script as well as all of it. */
const SAMPLE = 20_000;
/** Fewer letters than this say too little (a title, a few numbers). */
const MIN_LETTERS = 12;
/** The detected script must carry at least this share of the letters to contradict a menu. */
const MIN_SHARE = 0.6;
/** As lib/align counts length: one Han character carries about three letters. */
const HAN_WEIGHT = 3;

export interface Detected {
  lang: Lang;
  /** The share of the (weighted) letters in that language's script, 0..1. */
  share: number;
}

/**
 * The language of a text by its script (Han → zh, Cyrillic → ru, Latin → en), like the command
 * line's detection, with how clearly it wins; undefined when there are too few letters to say.
 */
export function detectTextLanguage(text: string): Detected | undefined {
  const counts: Record<Lang, number> = { zh: 0, ru: 0, en: 0 };
  let letters = 0;
  for (const ch of text.slice(0, SAMPLE)) {
    if (HAN.test(ch)) counts.zh += HAN_WEIGHT;
    else if (CYRILLIC.test(ch)) counts.ru += 1;
    else if (LATIN.test(ch)) counts.en += 1;
    else continue;
    letters += 1;
  }
  const total = counts.zh + counts.ru + counts.en;
  if (letters < MIN_LETTERS || total === 0) return undefined;
  const lang = (['zh', 'ru', 'en'] as const).reduce((best, l) => (counts[l] > counts[best] ? l : best));
  return { lang, share: counts[lang] / total };
}

/**
 * The language a text is clearly written in when that is not the one chosen for it (Russian
 * pasted as the English original), for the wizard to warn and offer the switch; undefined when
 * they agree or the text says too little.
 */
export function languageMismatch(text: string, chosen: Lang | ''): Lang | undefined {
  if (chosen === '') return undefined;
  const detected = detectTextLanguage(text);
  if (!detected || detected.share < MIN_SHARE || detected.lang === chosen) return undefined;
  return detected.lang;
}
