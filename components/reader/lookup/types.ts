import type { Lang } from '@/lib/languages';

/** The popover's words, in the UI language (messages `Lookup`), handed down from the server. */
export interface LookupStrings {
  /** "Dictionary: {word}" with `{word}` left in for the popover to fill. */
  label: string;
  close: string;
  loading: string;
  /** "… {word} …" */
  notFound: string;
  failed: string;
  missingChinese: string;
  missingRussian: string;
  /** Put after a gloss found through English. */
  viaEnglish: string;
  source: string;
  /** How to look a word up, by pointer or keyboard. */
  hint: string;
  languages: Record<Lang, string>;
}

/** What the reader asked to look up: a point clicked in a text, or a selection. */
export type LookupTarget =
  { kind: 'point'; node: Node; offset: number; x: number; y: number } | { kind: 'selection'; range: Range };
