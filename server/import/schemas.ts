import { z } from 'zod';
import { SEGMENT_KINDS } from '@/lib/content/model';
import { ID_PATTERN } from '@/lib/content/schema';
import { LANGUAGES } from '@/lib/languages';
import { MAX_TEXT_LENGTH } from '@/lib/review';
import { userText } from '@/lib/text/schema';

/** The largest text one import takes (characters, as UTF-16 code units): about a book of 600 pages. */
export const MAX_TEXT = 2_000_000;

export const langSchema = z.enum(LANGUAGES);
/** The rules of every stored text (lib/text): an empty text is caught by the caller, by name. */
export const textSchema = userText({ max: MAX_TEXT, allowEmpty: true, trim: false });
const cellSchema = userText({ max: MAX_TEXT, allowEmpty: true });
/** A title is one segment's text: the limit of any translation. */
const titleSchema = userText({ max: MAX_TEXT_LENGTH, allowEmpty: true });

/** The draft the wizard shows and sends back, checked and fixed, to create the document. */
export const draftSchema = z.object({
  sourceLang: langSchema,
  languages: z.array(langSchema).min(2).max(3),
  rows: z
    .array(
      z.object({
        cells: z.partialRecord(langSchema, z.array(cellSchema)),
        confidence: z.number().min(0).max(1),
        checked: z.boolean().optional(),
        kind: z.enum(SEGMENT_KINDS).optional(),
      }),
    )
    .max(20_000),
  omitted: z.array(z.object({ lang: langSchema, text: cellSchema })).max(20_000),
  title: z.partialRecord(langSchema, titleSchema).optional(),
});

export const createSchema = z.object({
  id: z.string().regex(ID_PATTERN, 'invalidId'),
  draft: draftSchema,
  kinds: z.record(z.string(), z.enum(SEGMENT_KINDS)).optional(),
});

/** An alignment job: the uploaded texts by their upload ids, one source and one or two translations. */
export const alignJobSchema = z.object({
  lines: z.boolean(),
  source: z.object({ lang: langSchema, upload: z.uuid() }),
  targets: z
    .array(z.object({ lang: langSchema, upload: z.uuid() }))
    .min(1, 'tooFew')
    .max(2, 'tooMany'),
});
