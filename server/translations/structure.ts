import { sourceHash } from '@/lib/content/hash';
import type { SegmentKind } from '@/lib/content/model';
import type { Lang } from '@/lib/languages';
import { type Actor, canAccessLanguage, type CommandResult, roleAtLeast } from '@/lib/review';
import { storeSentenceLinks } from '../content/sentences';
import type { Executor } from '../db/connect';
import { recordRemovals } from './removal';

/** A segment new to the document, with its texts (the source's at least) and translator notes. */
export interface AddedSegment {
  id: string;
  kind: SegmentKind;
  texts: Partial<Record<Lang, string>>;
  notes: Partial<Record<Lang, string>>;
}

/**
 * A change of a document's segment list and notes, as sync brings it from the content files.
 * `order` is every segment the document keeps or gains, in its new order.
 */
export interface StructureChange {
  documentId: string;
  /** The segment list (ids in order) the change was planned on: applied only to that list. */
  before: readonly string[];
  order: readonly string[];
  added: readonly AddedSegment[];
  removed: readonly string[];
  /** Segments whose place changed relative to the others (each gets a `segment-move` event). */
  moved: readonly string[];
  /** Kept segments whose kind changed (a paragraph become a heading…): each gets a `segment-kind` event. */
  kinds: readonly { segmentId: string; kind: SegmentKind }[];
  /** Translator notes of kept segments: the new note, or null to remove it. */
  notes: readonly { segmentId: string; lang: Lang; note: string | null }[];
}

/** The segment list is no longer the one the change was planned on (another sync got there first). */
export class SegmentsChangedMeanwhile extends Error {
  constructor(readonly documentId: string) {
    super(`the segments of ${documentId} changed meanwhile; run sync again`);
    this.name = 'SegmentsChangedMeanwhile';
  }
}

export type StructureRefusal = Extract<CommandResult, { error: 'refused' | 'not-found' }>;

const isEmpty = (c: StructureChange) =>
  c.added.length === 0 && c.removed.length === 0 && c.moved.length === 0 && c.kinds.length === 0 && c.notes.length === 0;

/**
 * Applies a structure change inside the caller's transaction, one event per change: a
 * `segment-add` per text of a new segment (a draft at version 1), a `segment-remove` per text of
 * a removed one (the text it had kept in history, like a document's `delete`), a `segment-move`
 * on the source text of each moved segment, a `segment-kind` on the source text of each segment
 * whose kind changed, a `note` per changed note. Changing the segment
 * list is an administrator's act, like editing a source; a note is a translator's, in their
 * languages. An added segment's id must have no
 * history in this document (a segment removed before): its events would run into the new
 * texts' versions, so a new segment takes a new id, as a new document does (see
 * `segmentIdsWithHistory`).
 */
export async function applyStructure(
  trx: Executor,
  actor: Actor | null,
  change: StructureChange,
): Promise<StructureRefusal | null> {
  if (isEmpty(change)) return null;
  if (!actor) return { ok: false, error: 'refused', reason: 'unauthenticated' };
  const listChanges = change.added.length + change.removed.length + change.moved.length + change.kinds.length > 0;
  if (listChanges && actor.role !== 'admin') return { ok: false, error: 'refused', reason: 'source-only-admin' };
  // A translator note is a translator's to write, in the languages they may edit.
  if (!roleAtLeast(actor.role, 'translator')) return { ok: false, error: 'refused', reason: 'forbidden-role' };
  if (change.notes.some((n) => !canAccessLanguage(actor, n.lang)))
    return { ok: false, error: 'refused', reason: 'forbidden-language' };
  const { documentId } = change;
  const doc = await trx
    .selectFrom('documents')
    .select(['source_lang'])
    .where('id', '=', documentId)
    .where('importing_since', 'is', null)
    .executeTakeFirst();
  if (!doc) return { ok: false, error: 'not-found', what: 'document' };
  const sourceLang = doc.source_lang;
  const ids = await trx.selectFrom('segments').select('id').where('document_id', '=', documentId).orderBy('position').execute();
  if (ids.map((s) => s.id).join('\n') !== change.before.join('\n')) throw new SegmentsChangedMeanwhile(documentId);
  const now = new Date().toISOString();

  if (change.added.length > 0) {
    const reused = await trx
      .selectFrom('events')
      .select('segment_id')
      .where('document_id', '=', documentId)
      .where(
        'segment_id',
        'in',
        change.added.map((s) => s.id),
      )
      .limit(1)
      .executeTakeFirst();
    // Sync looks first and reports it; this guards a race with another writer.
    if (reused) throw new Error(`segment id "${reused.segment_id}" of ${documentId} has history: a new segment needs a new id`);
  }

  if (change.removed.length > 0) {
    // Every text of the removed segments, kept in history before the rows go (notes, sentence
    // links and quality dismissals go with them; events and comments stay under the ids).
    await recordRemovals(trx, { documentId, segmentIds: change.removed, actor, action: 'segment-remove', now });
    await trx
      .deleteFrom('sentence_links')
      .where('document_id', '=', documentId)
      .where('segment_id', 'in', change.removed)
      .execute();
    await trx.deleteFrom('segments').where('document_id', '=', documentId).where('id', 'in', change.removed).execute();
  }

  await reposition(trx, documentId, change);

  for (const segment of change.added) {
    const source = segment.texts[sourceLang as Lang];
    if (source === undefined) return { ok: false, error: 'not-found', what: 'segment' };
    const hash = sourceHash(source);
    await trx
      .insertInto('source_texts')
      .values({ hash, text: source })
      .onConflict((oc) => oc.column('hash').doNothing())
      .execute();
    for (const [lang, note] of Object.entries(segment.notes)) {
      if (note !== undefined)
        await trx.insertInto('segment_notes').values({ document_id: documentId, segment_id: segment.id, lang, note }).execute();
    }
    for (const [lang, text] of Object.entries(segment.texts)) {
      if (text === undefined) continue;
      const row = { document_id: documentId, segment_id: segment.id, lang };
      await trx
        .insertInto('translations')
        .values({
          ...row,
          text,
          status: 'draft',
          source_hash: hash,
          version: 1,
          updated_at: now,
          updated_by: actor.id,
          text_author: actor.id,
        })
        .execute();
      await trx
        .insertInto('events')
        .values({
          ...row,
          actor: actor.id,
          action: 'segment-add',
          text_before: null,
          text_after: text,
          status_before: 'missing',
          status_after: 'draft',
          source_hash: hash,
          version: 1,
          created_at: now,
          comment: null,
        })
        .execute();
    }
    await storeSentenceLinks(trx, documentId, segment.id);
  }

  for (const segmentId of change.moved) await appendUnchanged(trx, actor, documentId, segmentId, sourceLang, 'segment-move', now);
  for (const { segmentId, kind } of change.kinds) {
    await trx.updateTable('segments').set({ kind }).where('document_id', '=', documentId).where('id', '=', segmentId).execute();
    await appendUnchanged(trx, actor, documentId, segmentId, sourceLang, 'segment-kind', now);
  }

  for (const { segmentId, lang, note } of change.notes) {
    const key = { document_id: documentId, segment_id: segmentId, lang };
    if (note === null) {
      await trx
        .deleteFrom('segment_notes')
        .where('document_id', '=', documentId)
        .where('segment_id', '=', segmentId)
        .where('lang', '=', lang)
        .execute();
    } else {
      await trx
        .insertInto('segment_notes')
        .values({ ...key, note })
        .onConflict((oc) => oc.columns(['document_id', 'segment_id', 'lang']).doUpdateSet({ note }))
        .execute();
    }
    await appendUnchanged(trx, actor, documentId, segmentId, lang, 'note', now);
  }
  return null;
}

/** Positions 0..n-1 in the new order, writing only the rows whose position changes. */
async function reposition(trx: Executor, documentId: string, change: StructureChange): Promise<void> {
  const kinds = new Map(change.added.map((s) => [s.id, s.kind]));
  const current = new Map(
    (await trx.selectFrom('segments').select(['id', 'position']).where('document_id', '=', documentId).execute()).map((s) => [
      s.id,
      s.position,
    ]),
  );
  for (const [position, id] of change.order.entries()) {
    const kind = kinds.get(id);
    if (kind !== undefined) {
      await trx.insertInto('segments').values({ document_id: documentId, id, position, kind }).execute();
    } else if (current.get(id) !== position) {
      await trx.updateTable('segments').set({ position }).where('document_id', '=', documentId).where('id', '=', id).execute();
    }
  }
}

/** An event that changes no text: the translation's state before and after, its version kept. */
async function appendUnchanged(
  trx: Executor,
  actor: Actor,
  documentId: string,
  segmentId: string,
  lang: string,
  action: 'segment-move' | 'segment-kind' | 'note',
  now: string,
): Promise<void> {
  const [row, source] = await Promise.all([
    trx
      .selectFrom('translations')
      .select(['text', 'status', 'source_hash', 'version'])
      .where('document_id', '=', documentId)
      .where('segment_id', '=', segmentId)
      .where('lang', '=', lang)
      .executeTakeFirst(),
    trx
      .selectFrom('translations')
      .innerJoin('documents', (join) =>
        join.onRef('documents.id', '=', 'translations.document_id').onRef('documents.source_lang', '=', 'translations.lang'),
      )
      .select('translations.source_hash')
      .where('translations.document_id', '=', documentId)
      .where('translations.segment_id', '=', segmentId)
      .executeTakeFirst(),
  ]);
  await trx
    .insertInto('events')
    .values({
      document_id: documentId,
      segment_id: segmentId,
      lang,
      actor: actor.id,
      action,
      text_before: row?.text ?? null,
      text_after: row?.text ?? null,
      status_before: row?.status ?? 'missing',
      status_after: row?.status ?? 'missing',
      source_hash: row?.source_hash ?? source?.source_hash ?? '',
      version: row?.version ?? 0,
      created_at: now,
      comment: null,
    })
    .execute();
}

/** Which of these segment ids already have history in the document (removed segments keep it). */
export async function segmentIdsWithHistory(db: Executor, documentId: string, segmentIds: readonly string[]): Promise<string[]> {
  if (segmentIds.length === 0) return [];
  const rows = await db
    .selectFrom('events')
    .select('segment_id')
    .distinct()
    .where('document_id', '=', documentId)
    .where('segment_id', 'in', [...segmentIds])
    .execute();
  return rows.map((r) => r.segment_id);
}
