import { alignSentences, splitSentences } from '../align';
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
