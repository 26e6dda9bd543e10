import { z } from 'zod';
import { ID_PATTERN } from '../content/schema';
import { LANGUAGES } from '../languages';
import { SOURCE_CHANGES } from './machine';

/**
 * Every message these schemas produce is one of these keys, never English prose: forms look
 * the key up in the UI language (e.g. `review.field.tooLong`) and the server can return it as
 * is. `invalid` is only a fallback for fieldErrorKeys, should zod ever report something we did
 * not word ourselves.
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
  'tooLong',
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
 * Form code converts explicitly.
 */
const versionSchema = z
  .number({ error: typeError('invalidType') })
  .int({ error: 'invalidVersion' })
  .min(0, { error: 'invalidVersion' });

/** Trimmed: leading and trailing blanks are never meaningful in a segment and only make noise in diffs. */
const textSchema = z
  .string({ error: typeError('invalidType') })
  .trim()
  .min(1, { error: 'required', abort: true })
  .max(MAX_TEXT_LENGTH, { error: 'tooLong' });

const commentSchema = z
  .string({ error: typeError('invalidType') })
  .trim()
  .min(1, { error: 'required', abort: true })
  .max(MAX_COMMENT_LENGTH, { error: 'tooLong' });

/** An optional comment: a form's empty textarea sends '', which means no comment. */
const optionalCommentSchema = z
  .string({ error: typeError('invalidType') })
  .trim()
  .max(MAX_COMMENT_LENGTH, { error: 'tooLong' })
  .optional()
  .transform((comment) => (comment === '' ? undefined : comment));

/**
 * One translation row, as the client last saw it. Unknown fields are dropped rather than
 * refused (zod's default), so a form may carry extras such as framework fields.
 */
const target = { documentId: idSchema, segmentId: idSchema, lang: langSchema, version: versionSchema };
const objectOptions = { error: typeError('invalidType') };

export const saveTranslationSchema = z.object({ ...target, text: textSchema }, objectOptions);
export const checkSchema = z.object({ ...target, comment: optionalCommentSchema }, objectOptions);
export const rejectSchema = z.object({ ...target, comment: commentSchema }, objectOptions);
export const reopenSchema = z.object({ ...target, comment: optionalCommentSchema }, objectOptions);
/** `eventId`: the history entry whose text is restored. */
export const revertSchema = z.object({ ...target, eventId: idSchema }, objectOptions);
/** `lang` is the source language; `version` the source row's. */
export const editSourceSchema = z.object(
  { ...target, text: textSchema, change: z.enum(SOURCE_CHANGES, { error: typeError('invalidChange') }) },
  objectOptions,
);

const checkManyItemSchema = z.object({ segmentId: idSchema, version: versionSchema }, objectOptions);

/** Bulk approval of one language of one document, e.g. "check all shown". */
export const checkManySchema = z.object(
  {
    documentId: idSchema,
    lang: langSchema,
    items: z
      .array(checkManyItemSchema, { error: typeError('invalidType') })
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

export type SaveTranslationInput = z.infer<typeof saveTranslationSchema>;
export type CheckInput = z.infer<typeof checkSchema>;
export type RejectInput = z.infer<typeof rejectSchema>;
export type ReopenInput = z.infer<typeof reopenSchema>;
export type RevertInput = z.infer<typeof revertSchema>;
export type CheckManyInput = z.infer<typeof checkManySchema>;
export type EditSourceInput = z.infer<typeof editSourceSchema>;
