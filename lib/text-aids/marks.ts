/** U+00AD: a break opportunity that shows a hyphen only where the line breaks. */
export const SOFT_HYPHEN = '\u00AD';
/** U+0301 COMBINING ACUTE ACCENT: the stress mark, written after the stressed vowel. */
export const STRESS_MARK = '\u0301';

/** The text without stress marks: what search and look-up compare. */
export function stripStress(text: string): string {
  return text.includes(STRESS_MARK) ? text.replaceAll(STRESS_MARK, '') : text;
}

/** The text without soft hyphens. */
export function stripSoftHyphens(text: string): string {
  return text.includes(SOFT_HYPHEN) ? text.replaceAll(SOFT_HYPHEN, '') : text;
}

/**
 * The text without anything the reading aids insert (stress marks and soft hyphens): for a
 * shown text, the stored one. Search, look-up and copy handlers compare on this.
 */
export function stripReadingMarks(text: string): string {
  return stripSoftHyphens(stripStress(text));
}
