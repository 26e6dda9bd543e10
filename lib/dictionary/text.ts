/** The longest text a look-up takes: a word, a short phrase, or a Chinese clause around a click. */
export const MAX_QUERY_LENGTH = 64;

// Soft hyphens (U+00AD) and combining stress marks (U+0301 acute, U+0300 grave) are reading
// aids added to the text; they are never part of the word looked up.
const READING_MARKS = /[\u00AD\u0300\u0301]/g;

/** The text as typed by a person: NFC, without soft hyphens or stress marks. */
export function stripReadingMarks(text: string): string {
  return text.normalize('NFC').replace(READING_MARKS, '');
}

/** Lowercase with ё folded to е, as Russian dictionaries and most texts spell it. */
export function foldRussian(word: string): string {
  return stripReadingMarks(word).toLowerCase().replace(/ё/g, 'е');
}

/** Letters at either end only: quotes, brackets and punctuation around a word go. */
export function trimToWord(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * The text with its reading marks removed, and where a position in the original text falls
 * in it: how a click in marked-up text becomes a position in the word as typed.
 */
export function stripWithPosition(text: string, at: number): { text: string; at: number } {
  let out = '';
  let mapped = -1;
  for (let i = 0; i < text.length; i++) {
    if (i === at) mapped = out.length;
    const ch = text[i] as string;
    if (!/[\u00AD\u0300\u0301]/.test(ch)) out += ch;
  }
  return { text: out, at: mapped < 0 ? out.length : mapped };
}

/** The word-like segment of `text` that holds position `at` (or ends at it), by Intl.Segmenter. */
export function segmentAt(text: string, at: number, locale: string): { word: string; start: number } | null {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  let before: { word: string; start: number } | null = null;
  for (const s of segmenter.segment(text)) {
    const end = s.index + s.segment.length;
    if (!s.isWordLike) continue;
    if (s.index <= at && at < end) return { word: s.segment, start: s.index };
    if (end === at) before = { word: s.segment, start: s.index };
  }
  return before;
}
