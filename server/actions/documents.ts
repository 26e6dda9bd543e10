'use server';

import { z } from 'zod';
import { ID_PATTERN } from '@/lib/content/schema';
import { LANGUAGES } from '@/lib/languages';
import { MAX_TEXT_LENGTH } from '@/lib/review';
import { userText } from '@/lib/text/schema';
import { getSessionUser } from '../auth/session';
import { getDb } from '../database';
import { isDatabaseBusy } from '../db/busy';
import { type DeleteResult, deleteDocument, type RenameResult, renameDocument } from '../documents/manage';

const renameSchema = z.object({
  documentId: z.string().regex(ID_PATTERN),
  titles: z.partialRecord(
    z.enum(LANGUAGES),
    z.object({ text: userText({ max: MAX_TEXT_LENGTH, allowEmpty: true }), version: z.number().int().min(0) }),
  ),
});

const deleteSchema = z.object({ documentId: z.string().regex(ID_PATTERN), confirm: z.string().max(200) });

type Invalid = { ok: false; error: 'invalid' | 'busy' };

/** Renames a document (its title segment, in the languages given); administrators only. */
export async function renameDocumentAction(input: unknown): Promise<RenameResult | Invalid> {
  const user = await getSessionUser();
  // Who asks comes first: anyone else learns nothing about the document.
  if (user?.role !== 'admin') return { ok: false, error: 'forbidden' };
  const parsed = renameSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  return answeringBusy(async () => renameDocument(await getDb(), user, parsed.data.documentId, parsed.data.titles));
}

/** Deletes a document that has no checked translation; administrators only, with the id repeated. */
export async function deleteDocumentAction(input: unknown): Promise<DeleteResult | Invalid> {
  const user = await getSessionUser();
  if (user?.role !== 'admin') return { ok: false, error: 'forbidden' };
  const parsed = deleteSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  return answeringBusy(async () => deleteDocument(await getDb(), user, parsed.data.documentId, parsed.data.confirm));
}

async function answeringBusy<T>(run: () => Promise<T>): Promise<T | Invalid> {
  try {
    return await run();
  } catch (error) {
    if (isDatabaseBusy(error)) return { ok: false, error: 'busy' };
    throw error;
  }
}
