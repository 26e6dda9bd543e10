import type { SegmentKind } from '../content/model';
import type { Lang } from '../languages';
import { cellOf, type ImportDraft } from './draft';

/** Title and heading limits in Latin characters; see lengthOf for Chinese. */
const TITLE_LIMIT = 200;
const HEADING_LIMIT = 160;

/** Closing quotes and brackets may follow the stop: `He said "Go."` still ends a sentence. */
const TRAILING_CLOSERS = /["'”’»)）」』】\]\s]+$/u;
const FINAL_STOP = /[.。!?！？…:：]$/u;

/**
 * Section numbering at the start of a line. Plain numbers need a dot (1. / 1.2) and a capital (or a
 * Han character) after them, so "1962 was..." or "100 people..." are not headings; a Roman
 * numeral must not be followed by another initial, so "C. S. Lewis" is not one either.
 */
const SECTION_NUMBER: readonly RegExp[] = [
  /^[IVXLC]+\.\s+(?!\p{Lu}\.)/u,
  /^\d{1,3}(?:[.．]\d{1,3})*[.．]\s*[\p{Lu}\p{Lo}]/u,
  /^\d{1,3}(?:[.．]\d{1,3})+\s+[\p{Lu}\p{Lo}]/u,
  /^[一二三四五六七八九十百零〇]+、/u,
  /^[（(][一二三四五六七八九十百零〇\d]+[）)]/u,
  /^第[一二三四五六七八九十百零〇\d]+[章节部篇回卷]/u,
  /^(?:глава|раздел|часть)\s+(?:\d+|[IVXLC]+)(?![\p{L}\d])/iu,
  /^(?:chapter|section|part)\s+(?:\d+|[IVXLC]+)(?![\p{L}\d])/iu,
];

/**
 * A first guess at a row's kind from its source text, for the person to correct: the
 * first row is the title when it is short and not a sentence; a short line with section
 * numbering, or without a final stop, is a heading; anything else is a paragraph.
 * `index` is the 0-based row.
 */
export function guessKind(text: string, index: number, lang: Lang): Extract<SegmentKind, 'title' | 'heading' | 'paragraph'> {
  const line = text.trim();
  if (line.length === 0) return 'paragraph';
  const length = lengthOf(line, lang);
  const stops = FINAL_STOP.test(line.replace(TRAILING_CLOSERS, ''));
  if (index === 0 && length < TITLE_LIMIT && !stops) return 'title';
  if (length < HEADING_LIMIT && (!stops || SECTION_NUMBER.some((re) => re.test(line)))) return 'heading';
  return 'paragraph';
}

/**
 * A Chinese character carries about as much as three Latin letters (the weighting lib/align
 * uses too), so a 60-character Chinese line is as long as a 180-letter English one.
 */
function lengthOf(line: string, lang: Lang): number {
  return [...line].length * (lang === 'zh' ? 3 : 1);
}

/** Exposed for tests: whether a line starts with section numbering. */
export function hasSectionNumber(text: string): boolean {
  const line = text.trim();
  return SECTION_NUMBER.some((re) => re.test(line));
}

/**
 * The kind a row becomes: the person's choice, else a guess from its source text. With a title
 * of its own the draft's rows are never guessed as the title (the first row is not index 0).
 */
export function rowKind(draft: ImportDraft, index: number): SegmentKind {
  const row = draft.rows[index];
  if (!row) return 'paragraph';
  if (row.kind) return row.kind;
  const text = cellOf(row, draft.sourceLang).join(' ');
  return guessKind(text, hasTitle(draft) ? index + 1 : index, draft.sourceLang);
}

/** Whether the draft has a title of its own in its source language. */
export function hasTitle(draft: ImportDraft): boolean {
  return (draft.title?.[draft.sourceLang] ?? '').trim().length > 0;
}
