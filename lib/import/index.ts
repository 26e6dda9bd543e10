/**
 * Import with automatic alignment: build a draft of aligned rows from plain texts, let a
 * person fix it column by column, then turn it into a ContentDocument for the importer.
 */
export { buildDraft, NO_SOURCE_CONFIDENCE, type ImportText } from './build';
export { changedRows, rescoreRows } from './confidence';
export { detectTextLanguage, languageMismatch, type Detected } from './detect';
export { draftToDocument, TITLE_ID, type DocumentOptions, type DocumentProblem, type DocumentResult } from './document';
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
export {
  editCell,
  mergeWithNext,
  moveDown,
  moveUp,
  omit,
  setChecked,
  setKind,
  setTitle,
  splitAt,
  type EditError,
  type EditResult,
} from './edit';
export { guessKind, hasTitle, rowKind } from './kinds';
export { draftProblems, type DraftProblem } from './problems';
export { idProblem, MAX_SLUG, slugify, suggestId, type IdProblem } from './slug';
export { withTitle } from './title';
