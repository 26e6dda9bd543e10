/** Closing quotes and brackets that stay with the sentence they close. */
export const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '」', '』', '）', '】', '》', '〉', '›']);
export const OPENERS = new Set(['"', "'", '“', '‘', '«', '„', '(', '[', '「', '『', '（', '【', '《', '〈', '‹']);
export const DASHES = new Set(['—', '–', '-', '―']);

export function isLowercase(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/u.test(ch);
}
