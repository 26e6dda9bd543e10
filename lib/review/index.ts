export { ROLES, isRole, roleAtLeast, canAccessLanguage, type Role, type Actor } from './roles';
export { REFUSAL_REASONS, isRefusalReason, type RefusalReason } from './refusals';
export {
  decide,
  REVIEW_ACTIONS,
  SOURCE_CHANGES,
  type ReviewAction,
  type SourceChange,
  type DecideInput,
  type Decision,
} from './machine';
export { effectiveStatus, progress, EFFECTIVE_STATUSES, type EffectiveStatus, type Progress } from './effective';
export { diffWords, type DiffOp, type DiffOptions } from './diff';
export {
  saveTranslationSchema,
  checkSchema,
  rejectSchema,
  reopenSchema,
  revertSchema,
  checkManySchema,
  editSourceSchema,
  SCHEMA_ERROR_KEYS,
  MAX_TEXT_LENGTH,
  MAX_COMMENT_LENGTH,
  MAX_BATCH_SIZE,
  type SchemaErrorKey,
  type SaveTranslationInput,
  type CheckInput,
  type RejectInput,
  type ReopenInput,
  type RevertInput,
  type CheckManyInput,
  type EditSourceInput,
} from './schemas';
export { fieldErrorKeys } from './fieldErrors';
export { parseFilters, filtersToQuery, matchesFilters, type ReviewFilters, type FilterableRow } from './filter';
