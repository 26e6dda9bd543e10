import type { GlossaryEntry } from '../glossary/model';
import type { Lang } from '../languages';

/** Every quality check, by the stable id that findings, dismissals and the filter use. */
export const CHECK_IDS = [
  'numbers',
  'latin-names',
  'zh-punctuation',
  'zh-spacing',
  'ru-quotes',
  'ru-dashes',
  'ru-nbsp',
  'brackets',
  'end-punctuation',
  'spaces',
  'length',
  'untranslated',
  'glossary',
  'forbidden',
  'cross-numbers',
  'cross-latin',
  'cross-glossary',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export function isCheckId(value: unknown): value is CheckId {
  return typeof value === 'string' && (CHECK_IDS as readonly string[]).includes(value);
}

/** `error`: almost surely wrong; `warning`: probably wrong; `info`: typography worth a look. */
export type Severity = 'error' | 'warning' | 'info';

/** Message keys under the `Qa` namespace of messages/*.json: one line, with `{items}` where given. */
export const QA_MESSAGE_KEYS = [
  'numbers-missing',
  'numbers-extra',
  'latin-missing',
  'latin-extra',
  'zh-halfwidth',
  'zh-spacing',
  'ru-quotes',
  'ru-dashes',
  'ru-nbsp',
  'brackets',
  'end-missing',
  'end-extra',
  'end-differs',
  'spaces-double',
  'spaces-edge',
  'length',
  'untranslated-same',
  'untranslated-latin',
  'glossary',
  'forbidden',
  'cross-numbers',
  'cross-latin',
  'cross-glossary',
] as const;
export type QaMessageKey = (typeof QA_MESSAGE_KEYS)[number];

export interface Finding {
  check: CheckId;
  severity: Severity;
  /** Key in the `Qa` namespace. */
  key: QaMessageKey;
  /** ICU values for the message; `items` is a short, already joined list. */
  values: Record<string, string>;
}

/** The other target language's text of the same segment, for the cross-target checks. */
export interface OtherTarget {
  lang: Lang;
  text: string;
}

/** Everything a translation's checks need: pure data, gathered by the server. */
export interface QaInput {
  sourceLang: Lang;
  lang: Lang;
  source: string;
  text: string;
  glossary: readonly GlossaryEntry[];
  others: readonly OtherTarget[];
  /** This document's usual target/source length ratio for this language, or null when too few segments. */
  lengthRange: { min: number; max: number } | null;
}

/** Joins a few items for a one-line message; the rest are counted, so a message stays short. */
export function listItems(items: readonly string[], max = 4): string {
  const unique = [...new Set(items)];
  const shown = unique.slice(0, max).join(', ');
  return unique.length > max ? `${shown} (+${unique.length - max})` : shown;
}

export function finding(check: CheckId, severity: Severity, key: QaMessageKey, values: Record<string, string> = {}): Finding {
  return { check, severity, key, values };
}

/** A finding as a reviewer sees it: dismissed ones stay listed, marked, until the text changes. */
export interface ShownFinding extends Finding {
  dismissed: boolean;
}

/** The findings of one translation, and the text version they were computed for. */
export interface TranslationQa {
  segmentId: string;
  lang: Lang;
  version: number;
  findings: ShownFinding[];
}
