import { PARAGRAPH_PRIORS } from './beadTypes';
import { alignSegments } from './segments';
import type { AlignOptions, AlignResult } from './types';

/** Aligns two lists of paragraphs; no language flags needed. */
export function alignParagraphs(src: readonly string[], tgt: readonly string[], opts: AlignOptions = {}): AlignResult {
  return alignSegments(src, tgt, opts, PARAGRAPH_PRIORS);
}
