import { SENTENCE_PRIORS } from '../beadTypes';
import { detectLanguage } from '../language';
import { alignJoint, type JointResult } from '../joint/align';
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

export interface JointSentenceAlignment extends JointResult {
  /** The sentences of each paragraph, which the bead indices refer to. */
  sentences: [string[], string[], string[]];
}

/** Splits three paragraphs that translate each other and aligns their sentences jointly. */
export function alignSentencesJoint(
  paragraphs: readonly [string, string, string],
  langs: readonly [Lang, Lang, Lang],
  opts: AlignOptions = {},
): JointSentenceAlignment {
  const sentences: [string[], string[], string[]] = [
    splitSentences(paragraphs[0], langs[0]),
    splitSentences(paragraphs[1], langs[1]),
    splitSentences(paragraphs[2], langs[2]),
  ];
  const { langs: _ignored, ...rest } = opts;
  return { ...alignJoint(sentences, { ...rest, langs, basePriors: SENTENCE_PRIORS }), sentences };
}
