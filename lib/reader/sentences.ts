import { alignSentences, alignSentencesJoint, splitSentences } from '../align';
import type { Lang } from '../languages';

/** A run of a paragraph's text: a sentence (with its index) or the spacing between sentences. */
export type TextPiece = { text: string; sentence: number } | { text: string; sentence: null };

/**
 * The paragraph cut into its sentences, keeping every character of the original (spacing,
 * non-breaking spaces) in the gaps. If the splitter normalised something it cannot find again,
 * the whole text stays one sentence: never change what a reader sees.
 */
export function sentencePieces(text: string, lang: Lang): TextPiece[] {
  const sentences = splitSentences(text, lang);
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const [index, sentence] of sentences.entries()) {
    const at = text.indexOf(sentence, cursor);
    if (at < 0) return [{ text, sentence: 0 }];
    if (at > cursor) pieces.push({ text: text.slice(cursor, at), sentence: null });
    pieces.push({ text: sentence, sentence: index });
    cursor = at + sentence.length;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), sentence: null });
  return pieces.length > 0 ? pieces : [{ text, sentence: 0 }];
}

/**
 * For each sentence of a translation, the indices of the source sentences it is aligned with
 * (empty when it has no counterpart). Computed with the same engine as paragraph alignment.
 */
export function sentenceLinks(source: string, sourceLang: Lang, text: string, lang: Lang): number[][] {
  const alignment = alignSentences(source, text, sourceLang, lang);
  const links: number[][] = alignment.tgt.map(() => []);
  for (const [src, tgt] of alignment.beads) {
    for (const t of tgt) links[t] = [...src];
  }
  return links;
}

/**
 * Sentence links of two translations of one source paragraph, aligned jointly with it: for
 * each translation, the source sentences each of its sentences renders (as sentenceLinks).
 */
export function jointSentenceLinks(
  source: string,
  sourceLang: Lang,
  others: readonly [{ text: string; lang: Lang }, { text: string; lang: Lang }],
): [number[][], number[][]] {
  const [b, c] = others;
  const alignment = alignSentencesJoint([source, b.text, c.text], [sourceLang, b.lang, c.lang]);
  const links: [number[][], number[][]] = [alignment.sentences[1].map(() => []), alignment.sentences[2].map(() => [])];
  for (const bead of alignment.beads) {
    for (const t of bead[1]) links[0][t] = [...bead[0]];
    for (const t of bead[2]) links[1][t] = [...bead[0]];
  }
  return links;
}

/**
 * Sentence links of every translation of one source paragraph: jointly when there are two
 * (three languages), pairwise otherwise. Keyed by the translation's language.
 */
export function translationSentenceLinks(
  source: string,
  sourceLang: Lang,
  translations: readonly { text: string; lang: Lang }[],
): Map<Lang, number[][]> {
  const [b, c] = translations;
  if (translations.length === 2 && b && c) {
    const [lb, lc] = jointSentenceLinks(source, sourceLang, [b, c]);
    return new Map([
      [b.lang, lb],
      [c.lang, lc],
    ]);
  }
  return new Map(translations.map((t) => [t.lang, sentenceLinks(source, sourceLang, t.text, t.lang)]));
}
