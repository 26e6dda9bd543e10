import { SENTENCE_PRIORS } from '../beadTypes';
import { detectLanguage } from '../language';
import { alignSegments } from '../segments';
import type { AlignOptions, AlignResult, Lang } from '../types';
import { splitSentences } from './split';

export interface SentenceAlignment extends AlignResult {
  /** The sentences the bead indices refer to. */
  src: string[];
  tgt: string[];
}

/**
 * Splits both paragraphs and aligns their sentences with the paragraph
 * engine; only the priors differ (sentence merges are commoner).
 */
export function alignSentences(
  srcParagraph: string,
  tgtParagraph: string,
  srcLang: Lang = detectLanguage(srcParagraph),
  tgtLang: Lang = detectLanguage(tgtParagraph),
  opts: AlignOptions = {},
): SentenceAlignment {
  const src = splitSentences(srcParagraph, srcLang);
  const tgt = splitSentences(tgtParagraph, tgtLang);
  return { ...alignSegments(src, tgt, opts, SENTENCE_PRIORS), src, tgt };
}
