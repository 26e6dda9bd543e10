/**
 * Scripts written without spaces between words: each character is its own token, since
 * Chinese gives no cheap way to find word boundaries and a one-character change should show
 * as one character. Kana come along for Japanese names quoted in Chinese text.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Letters of spaced scripts (Latin, Cyrillic, ...), digits and combining marks. */
const WORD = /[\p{L}\p{N}\p{M}]/u;
const MARK = /\p{M}/u;
const SPACE = /\s/u;
/** Kept inside a word when letters follow, so "don't" and "l’homme" diff as whole words. */
const APOSTROPHE = /['\u2019]/u;

type Kind = 'word' | 'space' | 'single';

/**
 * Splits text into tokens for a word diff: runs of word characters, runs of whitespace, and
 * everything else (punctuation, symbols, each Han character) one character per token.
 * Joining the tokens gives the text back exactly.
 */
export function tokenize(text: string): string[] {
  const chars = Array.from(text); // code points: astral Han must not be split into surrogates
  const tokens: string[] = [];
  let current = '';
  let kind: Kind | null = null;

  const start = (ch: string, next: Kind) => {
    if (current !== '') tokens.push(current);
    current = ch;
    kind = next;
  };

  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    // A combining mark belongs to what it follows (an accent, or a variation selector after
    // a Han character); splitting it off would show a change on half a character.
    if (MARK.test(ch) && current !== '') {
      current += ch;
    } else if (UNSPACED.test(ch)) {
      start(ch, 'single');
    } else if (WORD.test(ch)) {
      if (kind === 'word') current += ch;
      else start(ch, 'word');
    } else if (SPACE.test(ch)) {
      if (kind === 'space') current += ch;
      else start(ch, 'space');
    } else if (kind === 'word' && APOSTROPHE.test(ch) && isSpacedLetter(chars[i + 1])) {
      current += ch;
    } else {
      start(ch, 'single');
    }
  }
  if (current !== '') tokens.push(current);
  return tokens;
}

function isSpacedLetter(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch) && !UNSPACED.test(ch) && !MARK.test(ch);
}
