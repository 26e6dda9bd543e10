import { tokenize } from '../review/tokenize';

/** Longer texts are compared on their first tokens only, so one comparison stays bounded. */
export const MAX_TOKENS = 400;

/** Words, numbers, punctuation and single Han characters: what a match is counted in. */
export function matchTokens(text: string): string[] {
  return tokenize(text.normalize('NFC'))
    .filter((t) => !/^\s+$/u.test(t))
    .slice(0, MAX_TOKENS)
    .map((t) => t.toLowerCase());
}

/** Edit distance in tokens (insert, delete, replace), with two rows of memory. */
export function tokenDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const replace = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, replace));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** How similar a stored source is to the one being translated, and how that was computed. */
export interface MatchScore {
  /** 0–100; 100 only for the same text. */
  score: number;
  exact: boolean;
  /** Token edits between the two sources, and the longer one's length in tokens. */
  edits: number;
  length: number;
}

/**
 * Fuzzy match score: 1 − token edits / tokens of the longer text, as a percentage rounded
 * down. Equal texts score 100 (exact); texts that differ only in case or spacing score 99 at
 * most, so an exact match always comes first.
 */
export function scoreMatch(wanted: string, stored: string): MatchScore {
  if (wanted === stored) {
    const length = matchTokens(wanted).length;
    return { score: 100, exact: true, edits: 0, length };
  }
  const a = matchTokens(wanted);
  const b = matchTokens(stored);
  const length = Math.max(a.length, b.length);
  if (length === 0) return { score: 0, exact: false, edits: 0, length: 0 };
  const edits = tokenDistance(a, b);
  const score = Math.min(99, Math.floor((1 - edits / length) * 100));
  return { score, exact: false, edits, length };
}

export interface Suggestion<T> {
  match: MatchScore;
  item: T;
}

/** The best candidates at or above `minimum`, exact matches first, then by score. */
export function rankSuggestions<T>(
  wanted: string,
  candidates: readonly T[],
  sourceOf: (item: T) => string,
  { minimum = 50, limit = 3 } = {},
): Suggestion<T>[] {
  return candidates
    .map((item) => ({ item, match: scoreMatch(wanted, sourceOf(item)) }))
    .filter((s) => s.match.score >= minimum)
    .sort((x, y) => Number(y.match.exact) - Number(x.match.exact) || y.match.score - x.match.score)
    .slice(0, limit);
}
