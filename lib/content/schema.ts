import { z } from 'zod';
import { LANGUAGES } from '../languages';
import { codePointLabel, findInvalidCharacter, hasVisibleText, normalizeNewlines } from '../text/rules';
import { SEGMENT_KINDS } from './model';

/** Segment and document ids appear in URLs and anchors: lower-case words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const langSchema = z.enum(LANGUAGES);

export const segmentEntrySchema = z.strictObject({
  id: z.string().regex(ID_PATTERN, 'must be lower-case letters, digits and single hyphens'),
  kind: z.enum(SEGMENT_KINDS),
  notes: z.partialRecord(langSchema, z.string().trim().min(1, 'a note cannot be empty')).optional(),
});

/** content/<doc>/document.json: the ordered segment list. */
export const manifestSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN, 'must be lower-case letters, digits and single hyphens'),
  sourceLanguage: langSchema,
  languages: z.array(langSchema).min(1),
  segments: z.array(segmentEntrySchema).min(1, 'a document needs at least one segment'),
});
export type Manifest = z.infer<typeof manifestSchema>;

/**
 * content/<doc>/<lang>.json: an i18next JSON v4 resource for one namespace (the document),
 * flat, keyed by segment id. Nested objects are refused: segment ids never contain the key
 * separator, so nesting can only be a mistake.
 */
export const resourceSchema = z.record(
  z.string(),
  z
    .string()
    .superRefine((s, ctx) => {
      const bad = findInvalidCharacter(normalizeNewlines(s));
      if (bad) {
        ctx.addIssue({
          code: 'custom',
          message: `contains ${codePointLabel(bad.codePoint)} at character ${bad.index + 1}: control characters (other than newline and tab) and lone surrogates are not text`,
        });
      } else if (!hasVisibleText(s)) {
        ctx.addIssue({ code: 'custom', message: 'empty text: leave the key out for a missing translation' });
      }
    })
    // Stored as every other text is (lib/text/rules.ts): newlines as \n, NFC.
    .transform((s) => normalizeNewlines(s).normalize('NFC')),
);

/** content/<doc>/review.json: per target language and segment, what a plain import would not restore. */
export const reviewStateSchema = z.partialRecord(
  langSchema,
  z.record(
    z.string(),
    z.strictObject({
      status: z.enum(['draft', 'checked', 'rejected']),
      by: z.string().min(1).optional(),
      sourceHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hash in hex').optional(),
      comment: z.string().min(1).optional(),
    }),
  ),
);
