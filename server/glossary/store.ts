import { z } from 'zod';
import type { GlossaryEntry } from '@/lib/glossary/model';
import type { GlossaryEntryInput } from '@/lib/glossary/schema';
import { LANGUAGES } from '@/lib/languages';
import type { Executor } from '../db/connect';

const termsJson = z.record(z.string(), z.array(z.string())).catch({});

function fromRow(row: { id: number; document_id: string | null; terms: string; forbidden: string; note: string }): GlossaryEntry {
  const pick = (json: string) => {
    const parsed = termsJson.parse(safeJson(json));
    return Object.fromEntries(LANGUAGES.filter((l) => parsed[l]?.length).map((l) => [l, parsed[l]]));
  };
  return {
    id: Number(row.id),
    documentId: row.document_id,
    terms: pick(row.terms),
    forbidden: pick(row.forbidden),
    note: row.note,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

/** The glossary that holds for a document: its own entries and the global ones, in the order they were added. */
export async function listGlossary(db: Executor, documentId: string | null): Promise<GlossaryEntry[]> {
  let query = db.selectFrom('glossary_entries').select(['id', 'document_id', 'terms', 'forbidden', 'note']).orderBy('id');
  query = documentId
    ? query.where((eb) => eb.or([eb('document_id', '=', documentId), eb('document_id', 'is', null)]))
    : query.where('document_id', 'is', null);
  return (await query.execute()).map(fromRow);
}

export async function getGlossaryEntry(db: Executor, id: number): Promise<GlossaryEntry | undefined> {
  const row = await db
    .selectFrom('glossary_entries')
    .select(['id', 'document_id', 'terms', 'forbidden', 'note'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

function values(entry: GlossaryEntryInput, actorId: string | null) {
  return {
    document_id: entry.documentId,
    terms: JSON.stringify(entry.terms),
    forbidden: JSON.stringify(entry.forbidden),
    note: entry.note,
    updated_at: new Date().toISOString(),
    updated_by: actorId,
  };
}

export async function insertGlossaryEntries(
  db: Executor,
  entries: GlossaryEntryInput[],
  actorId: string | null,
): Promise<number> {
  // In slices: SQLite caps the number of bound parameters in one statement.
  for (let i = 0; i < entries.length; i += 200) {
    await db
      .insertInto('glossary_entries')
      .values(entries.slice(i, i + 200).map((e) => values(e, actorId)))
      .execute();
  }
  return entries.length;
}

export async function updateGlossaryEntry(db: Executor, id: number, entry: GlossaryEntryInput, actorId: string | null) {
  const result = await db.updateTable('glossary_entries').set(values(entry, actorId)).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteGlossaryEntry(db: Executor, id: number) {
  const result = await db.deleteFrom('glossary_entries').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
