import type { Lang } from '@/lib/languages';
import type { Db } from '../db/connect';

/** One event of a translation's history, as the history panel shows it. */
export interface EventEntry {
  id: number;
  action: string;
  actor: string | null;
  textBefore: string | null;
  textAfter: string | null;
  statusBefore: string;
  statusAfter: string;
  comment: string | null;
  createdAt: string;
  version: number;
  /** Whether this entry's text was checked against the source as it is now. */
  checkedAgainstCurrentSource: boolean;
}

/**
 * Every event of one translation (its history), newest first. `people: false` (a reader without
 * a session) leaves out who acted and the comments; the texts and statuses stay.
 */
export async function listEvents(
  db: Db,
  documentId: string,
  segmentId: string,
  lang: Lang,
  { people }: { people: boolean } = { people: true },
): Promise<EventEntry[]> {
  const doc = await db
    .selectFrom('documents')
    .select('source_lang')
    .where('id', '=', documentId)
    .where('importing_since', 'is', null)
    .executeTakeFirst();
  if (!doc) return [];
  const source = await db
    .selectFrom('translations')
    .select('source_hash')
    .where('document_id', '=', documentId)
    .where('segment_id', '=', segmentId)
    .where('lang', '=', doc.source_lang)
    .executeTakeFirst();
  const events = await db
    .selectFrom('events')
    .leftJoin('user', 'user.id', 'events.actor')
    .select([
      'events.id',
      'events.action',
      'user.name',
      'events.text_before',
      'events.text_after',
      'events.status_before',
      'events.status_after',
      'events.comment',
      'events.created_at',
      'events.version',
      'events.source_hash',
    ])
    .where('events.document_id', '=', documentId)
    .where('events.segment_id', '=', segmentId)
    .where('events.lang', '=', lang)
    .orderBy('events.id', 'desc')
    .execute();
  const checkedTexts = new Set(
    events.filter((e) => e.status_after === 'checked' && e.source_hash === source?.source_hash).map((e) => e.text_after),
  );
  return events.map((e) => ({
    id: Number(e.id),
    action: e.action,
    actor: people ? (e.name ?? null) : null,
    textBefore: e.text_before,
    textAfter: e.text_after,
    statusBefore: e.status_before,
    statusAfter: e.status_after,
    comment: people ? e.comment : null,
    createdAt: e.created_at,
    version: e.version,
    checkedAgainstCurrentSource: e.text_after !== null && checkedTexts.has(e.text_after),
  }));
}
