'use server';

import { z } from 'zod';
import { splitParagraphs } from '@/lib/align';
import { loadLexicons } from '@/lib/align/lexicon/load';
import { buildDraft, draftToDocument, type DocumentProblem, type ImportDraft, withTitle } from '@/lib/import';
import { getSessionUser } from '../auth/session';
import { DocumentExistsError, importContentDocument } from '../content/import';
import { getDb } from '../database';
import { isDatabaseBusy } from '../db/busy';
import { createSchema, langSchema, textSchema } from '../import/schemas';

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
