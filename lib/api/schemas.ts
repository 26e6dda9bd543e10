import { z } from 'zod';
import { ID_PATTERN } from '../content/schema';
import { STATUSES } from '../content/model';
import { FORMATS } from '../formats/model';
import { LANGUAGES } from '../languages';
import { translationCommandSchema } from '../review/commands';
import { EFFECTIVE_STATUSES } from '../review/effective';
import { MAX_TOKEN_NAME_LENGTH } from './tokens';
import { userText } from '../text/schema';

/**
 * The schemas of REST API v1: what the handlers validate requests with and what they answer.
 * The OpenAPI document (openapi.ts) is generated from these very objects, so the description
 * cannot drift from what the server accepts.
 */

export const MAX_SEGMENT_PAGE = 500;
export const DEFAULT_SEGMENT_PAGE = 100;

const lang = z.enum(LANGUAGES);
const id = z.string().regex(ID_PATTERN);

// ---- requests ----

/** The body of each command, taken from the one command union (lib/review/commands.ts). */
const [editCommand, checkCommand, rejectCommand, reopenCommand] = translationCommandSchema.options;
const target = { action: true, documentId: true, segmentId: true, lang: true } as const;
export const editBodySchema = editCommand.omit(target).meta({
  description: 'A new text for the translation, against the version last seen (0: none yet).',
});
export const checkBodySchema = checkCommand.omit(target).meta({ description: 'Marks the translation checked (reviewers).' });
export const rejectBodySchema = rejectCommand
  .omit(target)
  .meta({ description: 'Sends the translation back; the comment says why.' });
export const reopenBodySchema = reopenCommand.omit(target).meta({ description: 'Takes a check or a rejection back to draft.' });
export const COMMAND_BODIES = {
  check: checkBodySchema,
  reject: rejectBodySchema,
  reopen: reopenBodySchema,
} as const;
export type StatusAction = keyof typeof COMMAND_BODIES;
export const STATUS_ACTIONS = Object.keys(COMMAND_BODIES) as StatusAction[];

/** `?cursor=&limit=` of the segment list: the cursor is the `nextCursor` of the page before. */
export const segmentsQuerySchema = z.object({
  cursor: z
    .string()
    .regex(/^\d{1,9}$/, { error: 'a cursor is the nextCursor of a previous page' })
    .optional()
    .meta({ description: 'Where the page starts: `nextCursor` of the page before. Absent: the first page.' }),
  limit: z
    .string()
    .regex(/^\d{1,4}$/, { error: `a whole number from 1 to ${MAX_SEGMENT_PAGE}` })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1)
        .max(MAX_SEGMENT_PAGE, { error: `at most ${MAX_SEGMENT_PAGE}` }),
    )
    .optional()
    .meta({ description: `Segments per page, 1 to ${MAX_SEGMENT_PAGE} (default ${DEFAULT_SEGMENT_PAGE}).` }),
});

export const exportQuerySchema = z.object({
  format: z.enum(FORMATS).meta({ description: 'The exchange format.' }),
  lang: lang.optional().meta({ description: 'The target language (XLIFF, i18next, TSV need one).' }),
  all: z.enum(['0', '1']).optional().meta({ description: 'TMX: 1 for every translation, not only checked ones.' }),
});

export const importQuerySchema = z.object({
  format: z.enum(FORMATS).optional().meta({ description: 'The file format; or give `name`.' }),
  name: z.string().max(255).optional().meta({ description: 'A file name that tells the format (`doc.zh.xlf`).' }),
  lang: lang.optional().meta({ description: 'The target language, when the file does not say.' }),
  'dry-run': z
    .enum(['0', '1', 'true', 'false', ''])
    .optional()
    .meta({ description: 'Present (or 1, true): count what would change and write nothing.' }),
});

export const createTokenSchema = z.object({ name: userText({ max: MAX_TOKEN_NAME_LENGTH }) });
export const revokeTokenSchema = z.object({ id: z.uuid() });

// ---- answers ----

export const errorSchema = z
  .object({
    error: z.string().meta({ description: 'A stable code: unauthenticated, forbidden, invalid, not-found, conflict, …' }),
    message: z.string().meta({ description: 'What went wrong, in English, naming the field or value.' }),
    fieldErrors: z.record(z.string(), z.string()).optional(),
    reason: z.string().optional(),
  })
  .meta({ description: 'Every 4xx and 5xx answer; some add fields (current, retryAfter, …).' });

export const progressSchema = z.object({
  total: z.number().int(),
  ...Object.fromEntries(EFFECTIVE_STATUSES.map((s) => [s, z.number().int()])),
});

export const documentSchema = z.object({
  id,
  sourceLang: lang,
  languages: z.array(lang).meta({ description: 'Source first, then the targets.' }),
  titles: z.partialRecord(lang, z.string()),
  segmentCount: z.number().int(),
  progress: z.partialRecord(lang, progressSchema).meta({ description: 'Per target language.' }),
});

export const documentListSchema = z.object({ documents: z.array(documentSchema) });

export const translationSchema = z.object({
  text: z.string(),
  status: z.enum(STATUSES),
  outdated: z.boolean().meta({ description: 'The source changed since this text was written or checked.' }),
  version: z.number().int().meta({ description: 'Send it back with a write.' }),
  updatedAt: z.string(),
});

export const segmentSchema = z.object({
  id,
  kind: z.string(),
  position: z.number().int(),
  translations: z.partialRecord(lang, translationSchema).meta({
    description: 'Every language with text, source included; a language absent here is missing (version 0).',
  }),
});

export const segmentPageSchema = z.object({
  documentId: id,
  sourceLang: lang,
  languages: z.array(lang),
  segments: z.array(segmentSchema),
  nextCursor: z.string().nullable().meta({ description: 'The next page’s `cursor`; null on the last page.' }),
});

export const translationStateSchema = z.object({
  documentId: id,
  segmentId: id,
  lang,
  text: z.string().nullable(),
  status: z.enum(STATUSES),
  outdated: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  textAuthorId: z.string().nullable(),
});

export const commandResultSchema = z.object({
  ok: z.literal(true),
  action: z.string(),
  translation: translationStateSchema,
  affected: z.array(translationStateSchema),
  eventId: z.number().int(),
  comment: z.string().nullable(),
  progress: z.partialRecord(lang, progressSchema),
});

export const conflictSchema = errorSchema
  .extend({ current: translationStateSchema })
  .meta({ description: 'The version sent is stale: the translation as it is now.' });

export const importResultSchema = z.object({
  ok: z.literal(true),
  applied: z.boolean().meta({ description: 'False for a dry run.' }),
  added: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  conflicting: z.array(z.object({ segmentId: z.string(), lang: z.string(), reason: z.string() })),
});

/** zod issues as `{ "field": "message" }`, the form every 400 of the API uses. */
export function issuesByField(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.');
    fields[key] ??= issue.message;
  }
  return fields;
}

export type SegmentPage = z.output<typeof segmentPageSchema>;
export type DocumentList = z.output<typeof documentListSchema>;
