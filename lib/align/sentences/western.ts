import { romanValue } from '../anchors/numerals';
import { FINAL_PAIRS, NEVER_FINAL, OFTEN_FINAL, SENTENCE_STARTERS, YEAR_MARKERS } from './abbreviations';
import { CLOSERS, DASHES, OPENERS, isLowercase, isSpace } from './chars';

const TERMINATORS = '.!?…';

/**
 * Offsets where sentences end in English or Russian text. A stop ends a
 * sentence only if whitespace follows (so 3.14, U.S.A. and 1.000.000 never
 * split) and the next word does not start in lower case (so "e.g. the" and
 * «Куда?» — спросил он stay whole); a lone full stop is then checked against
 * abbreviations, initials and list markers.
 */
export function westernBoundaries(text: string): number[] {
  const out: number[] = [];
  const len = text.length;
  for (let i = 0; i < len; i++) {
    if (!TERMINATORS.includes(text[i] ?? '')) continue;
    let end = i;
    while (end < len && TERMINATORS.includes(text[end] ?? '')) end++;
    let close = end;
    while (close < len && CLOSERS.has(text[close] ?? '')) close++;
    const run = text.slice(i, end);
    i = end - 1;
    if (close >= len) break;
    if (!isSpace(text[close])) continue;
    let next = close;
    while (next < len && isSpace(text[next])) next++;
    if (next >= len) break;
    if (!startsSentence(text, next)) continue;
    if (run === '.' && !fullStopEnds(text, i, next)) continue;
    out.push(close);
    i = close - 1;
  }
  return out;
}

function startsSentence(text: string, at: number): boolean {
  let k = at;
  if (DASHES.has(text[k] ?? '')) {
    // Russian dialogue: «Да!» — сказал он. The author's words continue the sentence.
    k++;
    while (isSpace(text[k])) k++;
  }
  while (OPENERS.has(text[k] ?? '')) k++;
  const ch = text[k];
  return ch !== undefined && !isLowercase(ch);
}

function fullStopEnds(text: string, dot: number, next: number): boolean {
  let start = dot;
  while (start > 0 && !isSpace(text[start - 1])) start--;
  let token = text.slice(start, dot);
  while (token && OPENERS.has(token[0] ?? '')) token = token.slice(1);
  const lower = token.toLowerCase();
  const before = text.slice(0, dot);

  if (!token) return true;
  // "1. Text", "II. Methods", "A. Intro" open a paragraph as list markers.
  const atStart = text.slice(0, start).trim() === '';
  if (atStart && (/^\d+$/.test(token) || romanValue(token) !== undefined || /^\p{L}$/u.test(token))) return false;
  if (FINAL_PAIRS.some((re) => re.test(before))) return true;
  if (YEAR_MARKERS.has(lower)) return /\d\s*$/u.test(text.slice(0, start));
  // Initials (J. R. R. Tolkien, А. С. Пушкин) and parts like "т." in "т. е.".
  if (/^\p{L}$/u.test(token)) return false;
  if (NEVER_FINAL.has(lower)) return false;
  if (OFTEN_FINAL.has(lower)) return true;
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(token)) {
    const word = /^[\p{L}']+/u.exec(text.slice(next))?.[0]?.toLowerCase() ?? '';
    return SENTENCE_STARTERS.has(word);
  }
  return true;
}
