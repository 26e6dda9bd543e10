export { ROLES, isRole, roleAtLeast, canAccessLanguage, type Role, type Actor } from './roles';
export { REFUSAL_REASONS, isRefusalReason, type RefusalReason } from './refusals';
export {
  decide,
  permission,
  allowedActions,
  REVIEW_ACTIONS,
  SOURCE_CHANGES,
  type ReviewAction,
  type SourceChange,
  type DecideInput,
  type Decision,
  type PermissionInput,
  type Permissions,
} from './machine';
export {
  effectiveStatus,
  progress,
  progressFromCounts,
  EFFECTIVE_STATUSES,
  OUTDATED_STATUSES,
  type EffectiveStatus,
  type Progress,
} from './effective';
export { diffWords, type DiffOp, type DiffOptions } from './diff';
export {
  translationCommandSchema,
  bulkCheckSchema,
  bulkCheckMatchingSchema,
  bulkCheckCommands,
  SCHEMA_ERROR_KEYS,
  MAX_TEXT_LENGTH,
  MAX_COMMENT_LENGTH,
  MAX_BATCH_SIZE,
  type SchemaErrorKey,
  type TranslationCommand,
  type TranslationCommandInput,
  type CommandAction,
  type BulkCheck,
  type BulkCheckInput,
  type BulkCheckMatchingInput,
} from './commands';
export { describeResult, type TranslationState, type CommandResult, type BulkResult, type ResultMessage } from './result';
export { fieldErrorKeys } from './fieldErrors';
export { parseFilters, filtersToQuery, matchesFilters, foldForSearch, type ReviewFilters, type FilterableRow } from './filter';
export { EVENT_KINDS, isEventKind, type EventKind } from './events';
