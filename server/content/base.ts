import type { Executor } from '../db/connect';
import { insertMany } from '../db/insert-many';

export interface BaseText {
  segmentId: string;
  lang: string;
  text: string;
}

/** The texts of a document's content files as the database last saw them; empty when never recorded. */
export async function loadContentBase(db: Executor, documentId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('content_base').select(['segment_id', 'lang', 'text']).where('document_id', '=', documentId).execute();
  return new Map(rows.map((r) => [baseKey(r.segment_id, r.lang), r.text]));
}

export const baseKey = (segmentId: string, lang: string) => `${segmentId}\u0000${lang}`;

/** Replaces what the database remembers of a document's files: after seeding, export or sync they agree. */
export async function recordContentBase(db: Executor, documentId: string, texts: readonly BaseText[]): Promise<void> {
  await db.deleteFrom('content_base').where('document_id', '=', documentId).execute();
  await insertMany(
    db,
    'content_base',
    texts.map((t) => ({ document_id: documentId, segment_id: t.segmentId, lang: t.lang, text: t.text })),
  );
}
