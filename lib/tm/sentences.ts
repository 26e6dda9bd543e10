import type { Lang } from '../languages';
import { type MatchScore, scoreMatch } from './score';

/**
 * The translation of one source sentence, from a stored translation cut into its sentences
 * and its sentence links (for each target sentence, the source sentences it renders): the
 * target sentences linked to that sentence alone, joined. Undefined when the sentence has no
 * counterpart, or was merged with a neighbour into one target sentence (it cannot be cut out).
 */
export function linkedTranslation(
  targetSentences: readonly string[],
  links: readonly (readonly number[])[],
  sourceIndex: number,
  lang: Lang,
): string | undefined {
  const picked: string[] = [];
  for (const [i, link] of links.entries()) {
    if (!link.includes(sourceIndex)) continue;
    const sentence = targetSentences[i];
    if (link.length !== 1 || sentence === undefined) return undefined;
    picked.push(sentence);
  }
  return picked.length > 0 ? joinSentences(picked, lang) : undefined;
}

/** Sentences written one after another: Chinese without a space, the others with one. */
export function joinSentences(sentences: readonly string[], lang: Lang): string {
  return sentences.join(lang === 'zh' ? '' : ' ');
}

/** A sentence suggestion put after what the editor holds (trailing spacing folded into one separator). */
export function appendSentence(text: string, sentence: string, lang: Lang): string {
  const kept = text.replace(/\s+$/u, '');
  return kept === '' ? sentence : joinSentences([kept, sentence], lang);
}

/**
 * What a stored source must contain to be scored against a sentence: its first and its last
 * third (a short sentence whole). A fuzzy match that keeps either end is found; one that
 * changes both ends is not, which keeps the lookup an indexed-size scan instead of scoring
 * every stored sentence.
 */
export function sentenceAnchors(sentence: string): string[] {
  const chars = [...sentence.trim()];
  if (chars.length <= 8) return [chars.join('')];
  const size = Math.max(4, Math.ceil(chars.length / 3));
  return [chars.slice(0, size).join(''), chars.slice(-size).join('')];
}

/** A LIKE pattern that finds `text` anywhere, with `\` as the escape character. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A stored translation cut into its source sentences and, for each, its linked translation. */
export interface SentenceCandidate<T> {
  item: T;
  sources: readonly string[];
  translations: readonly (string | undefined)[];
}

export interface SentenceMatch<T> {
  item: T;
  /** The stored source sentence that matched, and its translation. */
  source: string;
  text: string;
  match: MatchScore;
}

/**
 * The best stored sentence for one sentence of the source being translated: exact first, then
 * by score, at `minimum` or more, only sentences with a translation of their own.
 */
export function bestSentenceMatch<T>(
  wanted: string,
  candidates: readonly SentenceCandidate<T>[],
  { minimum = 60 } = {},
): SentenceMatch<T> | undefined {
  let best: SentenceMatch<T> | undefined;
  for (const candidate of candidates) {
    for (const [j, source] of candidate.sources.entries()) {
      const text = candidate.translations[j];
      if (text === undefined) continue;
      const match = scoreMatch(wanted, source);
      if (match.score < minimum) continue;
      if (
        !best ||
        Number(match.exact) - Number(best.match.exact) > 0 ||
        (match.exact === best.match.exact && match.score > best.match.score)
      ) {
        best = { item: candidate.item, source, text, match };
      }
    }
  }
  return best;
}
