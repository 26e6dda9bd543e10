import { type Actor, decide, type TranslationCommand, type TranslationState } from '@/lib/review';
import { storeSentenceLinks } from '../content/sentences';
import type { Executor } from '../db/connect';
import { appendEvent, Conflict, type Applied } from './common';
import { loadTranslation, type SegmentContext } from './state';

type TranslationAction = Exclude<TranslationCommand, { action: 'editSource' }>;

/**
 * One command on a translation (not the source), inside the caller's transaction: read the
 * current state, let the state machine decide, refuse a stale version, write the new state and
 * its event. A conflict is thrown (as Conflict) so the transaction rolls back.
 */
export async function applyToTranslation(
  trx: Executor,
  actor: Actor | null,
  command: TranslationAction,
  segment: SegmentContext,
  settings: { allowSelfCheck: boolean },
): Promise<Applied> {
  const { documentId, segmentId, lang } = command;
  const current = await loadTranslation(trx, documentId, segmentId, lang, segment.sourceHash);

  let text = current.text;
  let revertTo: { wasCheckedAgainstCurrentSource: boolean } | undefined;
  if (command.action === 'edit') text = command.text;
  if (command.action === 'revert') {
    const event = await trx
      .selectFrom('events')
      .select(['text_after'])
      .where('id', '=', command.eventId)
      .where('document_id', '=', documentId)
      .where('segment_id', '=', segmentId)
      .where('lang', '=', lang)
      .executeTakeFirst();
    if (!event || event.text_after === null) return { ok: false, error: 'not-found', what: 'event' };
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
    isSource: lang === segment.sourceLang,
    current: { status: current.status, outdated: current.outdated, textAuthorId: current.textAuthorId },
    settings,
    ...(command.comment !== undefined ? { comment: command.comment } : {}),
    ...(text !== null ? { text } : {}),
    ...(revertTo ? { revertTo } : {}),
  });
  if (!decision.ok) return { ok: false, error: 'refused', reason: decision.reason };
  // Refusals come before conflicts: a reader learns they may not write, not that they lost a race.
  if (current.version !== command.version) throw new Conflict(current);
  // The machine refuses text-less edits and reverts; check, reject and reopen keep the text.
  if (text === null) return { ok: false, error: 'refused', reason: 'missing-text' };

  const now = new Date().toISOString();
  const textChanged = text !== current.text;
  const textAuthor = textChanged ? (actor?.id ?? null) : current.textAuthorId;
  const version = current.version + 1;
  const stamp = decision.keepSourceHash ? undefined : segment.sourceHash;

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
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw new Conflict(await reload());
  } else {
    const updated = await trx
      .updateTable('translations')
      .set({
        text,
        status: decision.status,
        ...(stamp ? { source_hash: stamp } : {}),
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
    if (Number(updated.numUpdatedRows) !== 1) throw new Conflict(await reload());
  }

  const after = await reload();
  const eventId = await appendEvent(trx, {
    before: current,
    after,
    actor,
    action: command.action,
    sourceHash: stamp ?? (await storedSourceHash(trx, after)),
    comment: command.comment ?? null,
    at: now,
  });
  if (textChanged) await storeSentenceLinks(trx, documentId, segmentId, lang);
  return { ok: true, translation: after, affected: [], eventId };

  function reload(): Promise<TranslationState> {
    return loadTranslation(trx, documentId, segmentId, lang, segment.sourceHash);
  }
}

async function storedSourceHash(trx: Executor, t: TranslationState): Promise<string> {
  const row = await trx
    .selectFrom('translations')
    .select('source_hash')
    .where('document_id', '=', t.documentId)
    .where('segment_id', '=', t.segmentId)
    .where('lang', '=', t.lang)
    .executeTakeFirstOrThrow();
  return row.source_hash;
}
