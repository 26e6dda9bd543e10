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
