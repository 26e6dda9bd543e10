'use server';

import { z } from 'zod';
import { splitParagraphs } from '@/lib/align';
import { loadLexicons } from '@/lib/align/lexicon/load';
import { SEGMENT_KINDS } from '@/lib/content/model';
import { ID_PATTERN } from '@/lib/content/schema';
import { buildDraft, draftToDocument, type DocumentProblem, type ImportDraft, withTitle } from '@/lib/import';
import { LANGUAGES } from '@/lib/languages';
import { MAX_TEXT_LENGTH } from '@/lib/review';
import { userText } from '@/lib/text/schema';
import { getSessionUser } from '../auth/session';
import { DocumentExistsError, importContentDocument } from '../content/import';
import { getDb } from '../database';
import { isDatabaseBusy } from '../db/busy';

/** The largest text one import takes (characters): about a book of 600 pages. */
const MAX_TEXT = 2_000_000;

const langSchema = z.enum(LANGUAGES);
/** The rules of every stored text (lib/text): an empty text is caught below, by name. */
const textSchema = userText({ max: MAX_TEXT, allowEmpty: true, trim: false });
const cellSchema = userText({ max: MAX_TEXT, allowEmpty: true });
/** A title is one segment's text: the limit of any translation. */
const titleSchema = userText({ max: MAX_TEXT_LENGTH, allowEmpty: true });

const alignSchema = z.object({
  lines: z.boolean(),
  source: z.object({ lang: langSchema, text: textSchema }),
  targets: z
    .array(z.object({ lang: langSchema, text: textSchema }))
    .min(1, 'tooFew')
    .max(2, 'tooMany'),
});

export type AlignResult =
  { ok: true; draft: ImportDraft } | { ok: false; error: 'forbidden' | 'invalid' | 'sameLanguage' | 'emptyText'; field?: string };

async function isAdmin(): Promise<boolean> {
  return (await getSessionUser())?.role === 'admin';
}

/** Splits the texts into paragraphs and proposes an alignment; writes nothing. */
export async function alignTexts(input: unknown): Promise<AlignResult> {
  if (!(await isAdmin())) return { ok: false, error: 'forbidden' };
  const parsed = alignSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid', field: parsed.error.issues[0]?.path.join('.') };
  const { source, targets, lines } = parsed.data;
  const langs = [source.lang, ...targets.map((t) => t.lang)];
  if (new Set(langs).size !== langs.length) return { ok: false, error: 'sameLanguage' };
  const texts = [source, ...targets].map((t) => ({ lang: t.lang, paragraphs: splitParagraphs(t.text, lines) }));
  const empty = texts.findIndex((t) => t.paragraphs.length === 0);
  if (empty >= 0) return { ok: false, error: 'emptyText', field: empty === 0 ? 'source' : `targets.${empty - 1}` };
  const [first, ...rest] = texts;
  // Installed dictionaries add lexical evidence (loaded once, on the first alignment).
  return { ok: true, draft: withTitle(buildDraft(first!, rest, await loadLexicons())) };
}

const draftSchema = z.object({
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

const createSchema = z.object({
  id: z.string().regex(ID_PATTERN, 'invalidId'),
  draft: draftSchema,
  kinds: z.record(z.string(), z.enum(SEGMENT_KINDS)).optional(),
});

export type CreateResult =
  | { ok: true; id: string; /** Missing translations filled in from translation memory, as drafts. */ preTranslated: number }
  | { ok: false; error: 'forbidden' | 'invalid' | 'exists' | 'deletedId' | 'problems' | 'busy'; problems?: DocumentProblem[] };

/** Creates the document from the fixed draft: segments and translations (as draft), in one transaction. */
export async function createImportedDocument(input: unknown): Promise<CreateResult> {
  const user = await getSessionUser();
  if (user?.role !== 'admin') return { ok: false, error: 'forbidden' };
  const parsed = createSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const kinds = Object.fromEntries(Object.entries(parsed.data.kinds ?? {}).map(([row, kind]) => [Number(row), kind]));
  const result = draftToDocument(parsed.data.draft, { id: parsed.data.id, kinds });
  if (!result.ok) return { ok: false, error: 'problems', problems: result.problems };
  let preTranslated = 0;
  try {
    ({ preTranslated } = await importContentDocument(await getDb(), result.document, { actor: user.id }));
  } catch (error) {
    if (error instanceof DocumentExistsError) return { ok: false, error: error.reason === 'deleted' ? 'deletedId' : 'exists' };
    if (isDatabaseBusy(error)) return { ok: false, error: 'busy' };
    throw error;
  }
  return { ok: true, id: parsed.data.id, preTranslated };
}
