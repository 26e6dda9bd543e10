'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { glossaryEntryInputSchema } from '@/lib/glossary/schema';
import { parseTbx } from '@/lib/glossary/tbx';
import { roleAtLeast } from '@/lib/review';
import { getSessionUser } from '../auth/session';
import { getDb } from '../database';
import { deleteGlossaryEntry, getGlossaryEntry, insertGlossaryEntries, updateGlossaryEntry } from '../glossary/store';

export type GlossaryResult =
  | { ok: true; count: number; skipped?: number }
  | { ok: false; error: 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'not-tbx' | 'too-many' };

/** 2 MB of TBX at most: an upload stays bounded. */
const MAX_TBX_LENGTH = 2_000_000;

async function reviewer(): Promise<{ id: string } | GlossaryResult> {
  const actor = await getSessionUser();
  if (!actor) return { ok: false, error: 'unauthenticated' };
  if (!roleAtLeast(actor.role, 'reviewer')) return { ok: false, error: 'forbidden' };
  return actor;
}

async function documentExists(documentId: string | null) {
  if (documentId === null) return true;
  const db = await getDb();
  return Boolean(await db.selectFrom('documents').select('id').where('id', '=', documentId).executeTakeFirst());
}

/** Adds an entry (no id) or replaces one; reviewers and admins only. */
export async function saveGlossaryEntry(input: unknown): Promise<GlossaryResult> {
  const parsed = glossaryEntryInputSchema.and(z.object({ id: z.number().int().positive().optional() })).safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const actor = await reviewer();
  if ('ok' in actor) return actor;
  const { id, ...entry } = parsed.data;
  if (!(await documentExists(entry.documentId))) return { ok: false, error: 'not-found' };
  const db = await getDb();
  if (id === undefined) await insertGlossaryEntries(db, [entry], actor.id);
  else if (!(await updateGlossaryEntry(db, id, entry, actor.id))) return { ok: false, error: 'not-found' };
  revalidatePath('/', 'layout');
  return { ok: true, count: 1 };
}

export async function removeGlossaryEntry(input: unknown): Promise<GlossaryResult> {
  const parsed = z.object({ id: z.number().int().positive() }).safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const actor = await reviewer();
  if ('ok' in actor) return actor;
  const db = await getDb();
  if (!(await getGlossaryEntry(db, parsed.data.id))) return { ok: false, error: 'not-found' };
  await deleteGlossaryEntry(db, parsed.data.id);
  revalidatePath('/', 'layout');
  return { ok: true, count: 1 };
}

/** Imports a TBX file's entries into a document's glossary or the global one, all or nothing. */
export async function importGlossary(input: unknown): Promise<GlossaryResult> {
  const parsed = z
    .object({ documentId: z.string().min(1).max(200).nullable(), tbx: z.string().min(1).max(MAX_TBX_LENGTH) })
    .safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const actor = await reviewer();
  if ('ok' in actor) return actor;
  if (!(await documentExists(parsed.data.documentId))) return { ok: false, error: 'not-found' };
  const tbx = parseTbx(parsed.data.tbx);
  if (!tbx.ok) return { ok: false, error: tbx.error };
  const entries = tbx.entries.map((e) => glossaryEntryInputSchema.parse({ ...e, documentId: parsed.data.documentId }));
  const db = await getDb();
  await db.transaction().execute((trx) => insertGlossaryEntries(trx, entries, actor.id));
  revalidatePath('/', 'layout');
  return { ok: true, count: entries.length, skipped: tbx.skipped };
}
