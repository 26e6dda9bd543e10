import { z } from 'zod';
import { ID_PATTERN } from '../content/schema';
import { LANGUAGES } from '../languages';
import { userText } from '../text/schema';
import { SOURCE_CHANGES } from './machine';

/**
 * Every message these schemas produce is one of these keys, never English prose: the UI looks
 * the key up under `FieldErrors` in its language, and the server returns it as is. `invalid`
 * is only a fallback for fieldErrorKeys, should zod ever report something we did not word.
 */
export const SCHEMA_ERROR_KEYS = [
  /** Absent, or blank once trimmed. */
  'required',
  /** Present but of the wrong JSON type (a number where text belongs, ...): a client bug. */
  'invalidType',
  'invalidId',
  'invalidLang',
  /** Not a whole number >= 0. */
  'invalidVersion',
  /** Not one of the command actions. */
  'invalidAction',
  /** Not a whole number > 0 (an event id). */
  'invalidEvent',
  'tooLong',
  /** A control character (other than newline and tab) or half of a UTF-16 surrogate pair. */
  'invalidCharacter',
  /** Not `cosmetic` or `meaning`. */
  'invalidChange',
  /** An empty batch. */
  'tooFew',
  'tooMany',
  /** The same segment twice in one batch. */
  'duplicateItem',
  'invalid',
] as const;
export type SchemaErrorKey = (typeof SCHEMA_ERROR_KEYS)[number];

export const MAX_TEXT_LENGTH = 20_000;
export const MAX_COMMENT_LENGTH = 2_000;
export const MAX_BATCH_SIZE = 500;

/** Lengths are JavaScript string lengths (UTF-16 units): what a textarea's maxLength counts too. */
const typeError = (key: SchemaErrorKey) => (issue: { input: unknown }) => (issue.input === undefined ? 'required' : key);

const idSchema = z
  .string({ error: typeError('invalidType') })
  .min(1, { error: 'required', abort: true })
  .regex(ID_PATTERN, { error: 'invalidId' });

const langSchema = z.enum(LANGUAGES, { error: typeError('invalidLang') });

/**
 * The version the client last saw, for optimistic concurrency: 0 means "no translation yet".
 * Not coerced from strings on purpose: `Number('')` is 0, which would silently mean "create".
 */
const versionSchema = z
  .number({ error: typeError('invalidType') })
  .int({ error: 'invalidVersion' })
  .min(0, { error: 'invalidVersion' });

/**
 * Text goes through the rules of lib/text (NFC, newlines, no control characters or lone
 * surrogates, nothing invisible-only) and is trimmed: leading and trailing blanks are never
 * meaningful in a segment and only make noise in diffs.
 */
const textSchema = userText({ max: MAX_TEXT_LENGTH });

export const commentSchema = userText({ max: MAX_COMMENT_LENGTH });

/** An optional comment: a form's empty textarea sends '' (or only blanks), which means no comment. */
const optionalCommentSchema = userText({ max: MAX_COMMENT_LENGTH, allowEmpty: true })
  .optional()
  .transform((comment) => (comment === '' ? undefined : comment));

/** An event id as the history lists it. */
const eventIdSchema = z
  .number({ error: typeError('invalidType') })
  .int({ error: 'invalidEvent' })
  .positive({ error: 'invalidEvent' });

/**
 * The translation a command acts on, as the client last saw it. Unknown fields are dropped
 * rather than refused (zod's default), so a form may carry extras such as framework fields.
 */
/** Which translation: a document's segment in one language. */
export const translationRef = { documentId: idSchema, segmentId: idSchema, lang: langSchema };
const target = { ...translationRef, version: versionSchema };
const objectOptions = { error: typeError('invalidType') };
const command = <A extends string, S extends z.ZodRawShape>(action: A, shape: S) =>
  z.object({ action: z.literal(action), ...target, ...shape }, objectOptions);

/** For a union keyed by `action`: not an object at all, no action, or an action none of its members has. */
export const actionUnionOptions = {
  error: (issue: { input: unknown }) => {
    if (issue.input === null || typeof issue.input !== 'object' || Array.isArray(issue.input)) return 'invalidType';
    return (issue.input as { action?: unknown }).action === undefined ? 'required' : 'invalidAction';
  },
};

/**
 * Every change to a translation is one of these commands, whoever sends it: the review
 * workspace, the reader, a bulk action, the REST API or the CLI. Each takes a comment; only a
 * rejection requires one. `editSource` acts on the source row (`lang` is the source language).
 */
export const translationCommandSchema = z.discriminatedUnion(
  'action',
  [
    command('edit', { text: textSchema, comment: optionalCommentSchema }),
    command('check', { comment: optionalCommentSchema }),
    command('reject', { comment: commentSchema }),
    command('reopen', { comment: optionalCommentSchema }),
    /** `eventId`: the history entry whose text is restored. */
    command('revert', { eventId: eventIdSchema, comment: optionalCommentSchema }),
    command('editSource', {
      text: textSchema,
      // Missing or not one of the two: either way the person must say which kind it is.
      change: z.enum(SOURCE_CHANGES, { error: 'invalidChange' }),
      comment: optionalCommentSchema,
    }),
  ],
  actionUnionOptions,
);

export type TranslationCommand = z.infer<typeof translationCommandSchema>;
/** A command as a client builds it (before trimming and defaults). */
export type TranslationCommandInput = z.input<typeof translationCommandSchema>;
export type CommandAction = TranslationCommand['action'];

const bulkItemSchema = z.object({ segmentId: idSchema, version: versionSchema }, objectOptions);

/**
 * Checking several translations of one language of one document ("check selected"). Each item
 * becomes a `check` command through the same path as a single one.
 */
export const bulkCheckSchema = z.object(
  {
    documentId: idSchema,
    lang: langSchema,
    comment: optionalCommentSchema,
    items: z
      .array(bulkItemSchema, { error: typeError('invalidType') })
      .min(1, { error: 'tooFew' })
      .max(MAX_BATCH_SIZE, { error: 'tooMany' })
      .superRefine((items, ctx) => {
        // The same segment twice would be checked against two versions at once: a client bug,
        // and one the server could not resolve sensibly.
        const seen = new Set<string>();
        items.forEach((item, index) => {
          if (seen.has(item.segmentId)) ctx.addIssue({ code: 'custom', message: 'duplicateItem', path: [index, 'segmentId'] });
          seen.add(item.segmentId);
        });
      }),
  },
  objectOptions,
);

/**
 * Checking every translation that passes the workspace's filters (as in its URL query), on
 * every page: "check all N matching", confirmed by the person first.
 */
export const bulkCheckMatchingSchema = z.object(
  {
    documentId: idSchema,
    lang: langSchema,
    filters: z.record(z.string(), z.string().max(MAX_COMMENT_LENGTH), { error: typeError('invalidType') }).default({}),
    comment: optionalCommentSchema,
  },
  objectOptions,
);
export type BulkCheckMatchingInput = z.input<typeof bulkCheckMatchingSchema>;

export type BulkCheck = z.infer<typeof bulkCheckSchema>;
export type BulkCheckInput = z.input<typeof bulkCheckSchema>;

/** The `check` commands a bulk check stands for, in the order given. */
export function bulkCheckCommands(bulk: BulkCheck): Extract<TranslationCommand, { action: 'check' }>[] {
  return bulk.items.map((item) => ({
    action: 'check',
    documentId: bulk.documentId,
    lang: bulk.lang,
    segmentId: item.segmentId,
    version: item.version,
    comment: bulk.comment,
  }));
}
