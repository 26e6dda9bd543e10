/** Character classes the checks share. */
export const HAN = /\p{Script=Han}/u;
/** Full-width punctuation that sits in Chinese text like a Han character. */
export const ZH_PUNCT = '，。；：？！、“”‘’《》（）【】「」…—';

/** Latin-script words (with inner digits, apostrophes, dots and hyphens: "G20", "O’Neill", "U.S."). */
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*(?:['’.-][A-Za-z0-9]+)*/g;

export function latinWords(text: string): string[] {
  return text.normalize('NFKC').match(LATIN_WORD) ?? [];
}

/** An acronym or code: a capital and more capitals or digits ("EAEU", "G20"). */
export function isAcronym(word: string): boolean {
  // Roman numerals number headings ("IV."); the numbers check reads them.
  return /^[A-Z][A-Z0-9&]+$/.test(word) && !/^[IVXLC]+$/.test(word);
}

/** A name in Latin script: an acronym or a capitalised word. */
export function isLatinName(word: string): boolean {
  return isAcronym(word) || /^[A-Z][a-z]/.test(word);
}

/** Whether `word` occurs in `text` as a whole Latin word (case-sensitive for acronyms). */
export function hasLatinWord(text: string, word: string): boolean {
  const words = latinWords(text);
  if (isAcronym(word)) return words.includes(word);
  const lower = word.toLowerCase();
  return words.some((w) => w.toLowerCase() === lower);
}
