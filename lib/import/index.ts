/**
 * Import with automatic alignment: build a draft of aligned rows from plain texts, let a
 * person fix it column by column, then turn it into a ContentDocument for the importer.
 */
export { buildDraft, NO_SOURCE_CONFIDENCE, type ImportText } from './build';
export { draftToDocument, type DocumentOptions, type DocumentProblem, type DocumentResult } from './document';
export {
  CELL_JOIN,
  cellOf,
  cellText,
  isEmptyCell,
  isLowConfidence,
  LOW_CONFIDENCE,
  type DraftRow,
  type ImportDraft,
} from './draft';
export { mergeWithNext, moveDown, moveUp, omit, splitAt, type EditError, type EditResult } from './edit';
export { guessKind } from './kinds';
export { draftProblems, type DraftProblem } from './problems';
