/**
 * The rules every piece of text a person supplies goes through before it is stored: a
 * translation, a source edit, a comment, a user's name, an imported text. One place, so that
 * every write path (the workspace, the reader, the REST API, the import wizard, the CLI)
 * accepts and refuses the same text.
 *
 * - Line breaks are made `\n` (a browser sends a textarea's lines as CRLF).
 * - A lone surrogate (half of a UTF-16 pair: not a character, and not storable as UTF-8) is
 *   refused, never stored as three U+FFFD.
 * - Control characters are refused, other than newline and tab: NUL, ESC, DEL, the C1 range.
 * - The text is normalised to NFC, so that one word is stored (and found, and compared) one way.
 * - Text with nothing visible in it (only spaces, zero-width and other invisible characters) is
 *   empty, whatever its length.
 *
 * Rendering keeps user text in bidi isolation (`<bdi>`, `dir="auto"`, or `isolate()` in plain
 * strings), so that right-to-left override characters in one text never reorder the text around it.
 */

export type TextProblem =
  /** A lone surrogate or a control character: the index (in UTF-16 units) and code point of the first. */
  { code: 'invalidCharacter'; index: number; codePoint: number } | { code: 'empty' };

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 controls but tab (U+0009) and line feed (U+000A), DEL, and the C1 controls.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// Something a reader can see: not white space, not a format or other default-ignorable code
// point (zero-width space and joiners, word joiner, BOM, soft hyphen, bidi controls, variation
// selectors, tags), not a Hangul filler, not a braille blank.
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}\u2800\u3164\uFFA0\u115F\u1160]/u;

/** The first character a text may not hold, or undefined. */
export function findInvalidCharacter(text: string): { index: number; codePoint: number } | undefined {
  const lone = LONE_SURROGATE.exec(text);
  const control = CONTROL.exec(text);
  const first = [lone, control].filter((m) => m !== null).sort((a, b) => a.index - b.index)[0];
  return first ? { index: first.index, codePoint: first[0].charCodeAt(0) } : undefined;
}

/** True when the text shows something: not only blanks and invisible characters. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

/** Line breaks as `\n`: CRLF and lone CR (old Mac files, textareas) alike. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * A text as it is stored, or what is wrong with it: newlines made `\n`, invalid characters
 * refused, NFC, optionally trimmed, and refused as empty when nothing in it is visible.
 */
export function cleanText(
  text: string,
  options: { trim?: boolean; allowEmpty?: boolean } = {},
): { ok: true; text: string } | { ok: false; problem: TextProblem } {
  const unified = normalizeNewlines(text);
  const invalid = findInvalidCharacter(unified);
  if (invalid) return { ok: false, problem: { code: 'invalidCharacter', ...invalid } };
  let clean = unified.normalize('NFC');
  if (options.trim ?? true) clean = trimInvisible(clean);
  if (!options.allowEmpty && !hasVisibleText(clean)) return { ok: false, problem: { code: 'empty' } };
  return { ok: true, text: clean };
}

// What may be trimmed from the ends: white space and the invisible characters that mean nothing
// there (zero-width space and joiners, bidi marks, word joiner, BOM, soft hyphen). Variation
// selectors and tag characters end emoji sequences and stay.
const EDGE = '[\\p{White_Space}\\u200B-\\u200F\\u2060\\uFEFF\\u00AD\\u061C]+';
const EDGES = new RegExp(`^${EDGE}|${EDGE}$`, 'gu');

/** Trims white space and invisible characters (a zero-width space, a BOM) from both ends. */
export function trimInvisible(text: string): string {
  return text.replace(EDGES, '');
}

/** `U+001B` for a message. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A user-supplied string inside plain text (a message argument, an attribute such as a title
 * or aria-label): wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so its direction
 * is its own and nothing in it reorders the sentence around it. In JSX use `<bdi>`.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
