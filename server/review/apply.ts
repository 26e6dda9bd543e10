import type { Lang } from '@/lib/languages';
import { type Actor, decide, type RefusalReason, type ReviewAction } from '@/lib/review';
import { storeSentenceLinks } from '../content/sentences';
import type { Db } from '../db/connect';
import { allowSelfCheck } from '../settings';
import { type Executor, loadSegment, loadTranslation, type TranslationState } from './state';

/** What a mutation returns: typed, never thrown, so forms and route handlers map it directly. */
export type ReviewResult =
  | { ok: true; translation: TranslationState }
  | { ok: false; error: 'conflict'; current: TranslationState }
  | { ok: false; error: 'refused'; reason: RefusalReason }
  | { ok: false; error: 'not-found' };

export interface ReviewCommand {
  action: Exclude<ReviewAction, 'editSource'>;
  documentId: string;
  segmentId: string;
  lang: Lang;
  /** The version the writer saw (0: no translation yet). */
  version: number;
  text?: string;
  comment?: string;
  /** For `revert`: the event whose text to restore. */
  eventId?: number | undefined;
}

class Conflict extends Error {
  constructor(readonly current: TranslationState) {
    super('conflict');
  }
}

/**
 * Runs one review action in one transaction: read the current state, refuse a stale version,
 * let the state machine decide, write the new state and its event together.
 */
export async function applyReviewAction(db: Db, actor: Actor | null, command: ReviewCommand): Promise<ReviewResult> {
  try {
    return await db.transaction().execute((trx) => applyIn(trx, actor, command));
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, error: 'conflict', current: error.current };
    throw error;
  }
}

async function applyIn(trx: Executor, actor: Actor | null, command: ReviewCommand): Promise<ReviewResult> {
  const { documentId, segmentId, lang } = command;
  const segment = await loadSegment(trx, documentId, segmentId);
  if (!segment) return { ok: false, error: 'not-found' };
  const isSource = lang === segment.sourceLang;
  const current = await loadTranslation(trx, documentId, segmentId, lang, segment.sourceHash);

  let text = current.text;
  let revertTo: { wasCheckedAgainstCurrentSource: boolean } | undefined;
  if (command.action === 'edit') text = command.text?.trim() ?? null;
  if (command.action === 'revert') {
    const event = await trx
      .selectFrom('events')
      .select(['text_after'])
      .where('id', '=', command.eventId ?? -1)
      .where('document_id', '=', documentId)
      .where('segment_id', '=', segmentId)
      .where('lang', '=', lang)
      .executeTakeFirst();
    if (!event || event.text_after === null) return { ok: false, error: 'not-found' };
    text = event.text_after;
    const checked = await trx
      .selectFrom('events')
      .select('id')
      .where('document_id', '=', documentId)
      .where('segment_id', '=', segmentId)
      .where('lang', '=', lang)
      .where('status_after', '=', 'checked')
      .where('text_after', '=', text)
      .where('source_hash', '=', segment.sourceHash)
      .limit(1)
      .executeTakeFirst();
    revertTo = { wasCheckedAgainstCurrentSource: checked !== undefined };
  }

  const decision = decide({
    actor,
    action: command.action,
    lang,
    isSource,
    current: { status: current.status, outdated: current.outdated, textAuthorId: current.textAuthorId },
    settings: { allowSelfCheck: await allowSelfCheck(trx as Db) },
    ...(command.comment !== undefined ? { comment: command.comment } : {}),
    ...(text !== null ? { text } : {}),
    ...(revertTo ? { revertTo } : {}),
  });
  if (!decision.ok) return { ok: false, error: 'refused', reason: decision.reason };
  // Refusals come before conflicts: a reader learns they may not write, not that they lost a race.
  if (current.version !== command.version) throw new Conflict(current);
  if (text === null) return { ok: false, error: 'refused', reason: 'missing-text' as RefusalReason };

  const now = new Date().toISOString();
  const newHash = decision.keepSourceHash ? undefined : segment.sourceHash;
  const textChanged = text !== current.text;
  const textAuthor = textChanged ? (actor?.id ?? null) : current.textAuthorId;
  const version = current.version + 1;

  if (current.version === 0) {
    const inserted = await trx
      .insertInto('translations')
      .values({
        document_id: documentId,
        segment_id: segmentId,
        lang,
        text,
        status: decision.status,
        source_hash: segment.sourceHash,
        version,
        updated_at: now,
        updated_by: actor?.id ?? null,
        text_author: textAuthor,
      })
      .onConflict((oc) => oc.columns(['document_id', 'segment_id', 'lang']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) {
      throw new Conflict(await loadTranslation(trx, documentId, segmentId, lang, segment.sourceHash));
    }
  } else {
    const updated = await trx
      .updateTable('translations')
      .set({
        text,
        status: decision.status,
        ...(newHash ? { source_hash: newHash } : {}),
        version,
        updated_at: now,
        updated_by: actor?.id ?? null,
        text_author: textAuthor,
      })
      .where('document_id', '=', documentId)
      .where('segment_id', '=', segmentId)
      .where('lang', '=', lang)
      .where('version', '=', command.version)
      .executeTakeFirst();
    // Another writer committed between our read and this write (possible on PostgreSQL).
    if (Number(updated.numUpdatedRows) !== 1) {
      throw new Conflict(await loadTranslation(trx, documentId, segmentId, lang, segment.sourceHash));
    }
  }

  const storedHash = newHash ?? (await storedSourceHash(trx, documentId, segmentId, lang));
  await trx
    .insertInto('events')
    .values({
      document_id: documentId,
      segment_id: segmentId,
      lang,
      actor: actor?.id ?? null,
      action: command.action,
      text_before: current.text,
      text_after: text,
      status_before: current.status,
      status_after: decision.status,
      source_hash: storedHash,
      version,
      created_at: now,
      comment: command.action === 'reject' ? (command.comment?.trim() ?? null) : null,
    })
    .execute();

  if (textChanged) await storeSentenceLinks(trx, documentId, segmentId, lang);
  return { ok: true, translation: await loadTranslation(trx, documentId, segmentId, lang, segment.sourceHash) };
}

async function storedSourceHash(trx: Executor, documentId: string, segmentId: string, lang: string): Promise<string> {
  const row = await trx
    .selectFrom('translations')
    .select('source_hash')
    .where('document_id', '=', documentId)
    .where('segment_id', '=', segmentId)
    .where('lang', '=', lang)
    .executeTakeFirstOrThrow();
  return row.source_hash;
}
