import type { ContentDocument } from '@/lib/content/model';
import type { Executor } from '../db/connect';
import { insertMany } from '../db/insert-many';

export interface BaseText {
  segmentId: string;
  lang: string;
  text: string;
}

export interface BaseNote {
  segmentId: string;
  lang: string;
  note: string;
}

/** What the database remembers of a document's content files: their texts and translator notes. */
export interface ContentBase {
  texts: readonly BaseText[];
  notes: readonly BaseNote[];
}

/** The texts of a document's content files as the database last saw them; empty when never recorded. */
export async function loadContentBase(db: Executor, documentId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('content_base').select(['segment_id', 'lang', 'text']).where('document_id', '=', documentId).execute();
  return new Map(rows.map((r) => [baseKey(r.segment_id, r.lang), r.text]));
}

/** The translator notes of a document's content files as the database last saw them, by baseKey. */
export async function loadContentNoteBase(db: Executor, documentId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('content_note_base')
    .select(['segment_id', 'lang', 'note'])
    .where('document_id', '=', documentId)
    .execute();
  return new Map(rows.map((r) => [baseKey(r.segment_id, r.lang), r.note]));
}

export const baseKey = (segmentId: string, lang: string) => `${segmentId}\u0000${lang}`;

/** Replaces what the database remembers of a document's files: after seeding, export or sync they agree. */
export async function recordContentBase(db: Executor, documentId: string, base: ContentBase): Promise<void> {
  await db.deleteFrom('content_base').where('document_id', '=', documentId).execute();
  await db.deleteFrom('content_note_base').where('document_id', '=', documentId).execute();
  await insertMany(
    db,
    'content_base',
    base.texts.map((t) => ({ document_id: documentId, segment_id: t.segmentId, lang: t.lang, text: t.text })),
  );
  await insertMany(
    db,
    'content_note_base',
    base.notes.map((n) => ({ document_id: documentId, segment_id: n.segmentId, lang: n.lang, note: n.note })),
  );
}

/** Every text and note of a content folder, as base rows. */
export function contentBaseOf(doc: ContentDocument): ContentBase {
  return {
    texts: doc.languages.flatMap((lang) =>
      Object.entries(doc.texts[lang] ?? {}).map(([segmentId, text]) => ({ segmentId, lang, text })),
    ),
    notes: doc.segments.flatMap((s) =>
      Object.entries(s.notes).flatMap(([lang, note]) => (note === undefined ? [] : [{ segmentId: s.id, lang, note }])),
    ),
  };
}
