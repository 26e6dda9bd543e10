export type { AlignOptions, AlignResult, Bead, BeadTypeName, Lang, LengthMode } from './types';
export { alignParagraphs } from './paragraphs';
export { alignSentences, type SentenceAlignment } from './sentences/align';
export { splitSentences } from './sentences/split';
export { detectLanguage } from './language';
export { GALE_CHURCH_BASELINE } from './baseline';
export { splitParagraphs } from './paragraphSplit';
export { pathPosteriors } from './pathPosteriors';
