import { z } from 'zod';
import { LANGUAGES, type Lang } from '../languages';

export const MAX_TERM_LENGTH = 200;
export const MAX_TERMS_PER_LANG = 10;
export const MAX_NOTE_LENGTH = 1000;
/** A glossary import larger than this is refused whole, so one request stays bounded. */
export const MAX_ENTRIES_PER_IMPORT = 5000;

const term = z.string().trim().min(1).max(MAX_TERM_LENGTH);
const termList = z.array(term).max(MAX_TERMS_PER_LANG);
const perLanguage = z.object(
  Object.fromEntries(LANGUAGES.map((l) => [l, termList.optional()])) as Record<Lang, z.ZodOptional<typeof termList>>,
);

/**
 * A glossary entry as a form, a fetch or an import sends it: terms per language (first
 * preferred), forbidden variants, a note. At least one term is required.
 */
export const glossaryEntryInputSchema = z
  .object({
    documentId: z.string().trim().min(1).max(200).nullable(),
    terms: perLanguage,
    forbidden: perLanguage.default({}),
    note: z.string().trim().max(MAX_NOTE_LENGTH).default(''),
  })
  .refine((e) => Object.values(e.terms).some((list) => (list?.length ?? 0) > 0), { path: ['terms'], message: 'required' });

export type GlossaryEntryInput = z.infer<typeof glossaryEntryInputSchema>;

/** Splits a form field ("a; b" or one per line) into terms. */
export function splitTerms(value: string): string[] {
  return value
    .split(/[;\n]/)
    .map((t) => t.trim())
    .filter(Boolean);
}
