import { sourceHash } from '@/lib/content/hash';
import { type Actor, decide, type TranslationCommand, type TranslationState } from '@/lib/review';
import { storeSentenceLinks } from '../content/sentences';
import type { Executor } from '../db/connect';
import { appendEvent, Conflict, type Applied } from './common';
import { loadTranslation, type SegmentContext } from './state';

type SourceEdit = Extract<TranslationCommand, { action: 'editSource' }>;

/**
 * An admin's change to a source segment, inside the caller's transaction. A cosmetic change
 * re-stamps the translations that were up to date with the old source, so their checks stay; a
 * change of meaning leaves them on the old hash, so they become outdated. Either way the
 * history says so, and the result lists every translation of the segment whose state changed.
 */
export async function applyToSource(
  trx: Executor,
  actor: Actor | null,
  edit: SourceEdit,
  segment: SegmentContext,
): Promise<Applied> {
  const { documentId, segmentId } = edit;
  const current = await loadTranslation(trx, documentId, segmentId, segment.sourceLang, segment.sourceHash);
  const decision = decide({
    actor,
    action: 'editSource',
    lang: edit.lang,
    isSource: edit.lang === segment.sourceLang,
    current: { status: current.status, outdated: false, textAuthorId: current.textAuthorId },
    settings: { allowSelfCheck: false },
    text: edit.text,
    sourceChange: edit.change,
  });
  if (!decision.ok) return { ok: false, error: 'refused', reason: decision.reason };
  if (current.version !== edit.version) throw new Conflict(current);

  const hash = sourceHash(edit.text);
  const now = new Date().toISOString();
  const others = await trx
    .selectFrom('translations')
    .select(['lang'])
    .where('document_id', '=', documentId)
    .where('segment_id', '=', segmentId)
    .where('lang', '<>', segment.sourceLang)
    .execute();
  const load = (lang: TranslationState['lang'], against: string) => loadTranslation(trx, documentId, segmentId, lang, against);
  const othersBefore = await Promise.all(others.map((o) => load(o.lang as TranslationState['lang'], segment.sourceHash)));

  const updated = await trx
    .updateTable('translations')
    .set({
      text: edit.text,
      source_hash: hash,
      version: current.version + 1,
      updated_at: now,
      updated_by: actor?.id ?? null,
      text_author: actor?.id ?? null,
    })
    .where('document_id', '=', documentId)
    .where('segment_id', '=', segmentId)
    .where('lang', '=', segment.sourceLang)
    .where('version', '=', edit.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new Conflict(await load(segment.sourceLang, segment.sourceHash));
  await trx
    .insertInto('source_texts')
    .values({ hash, text: edit.text })
    .onConflict((oc) => oc.column('hash').doNothing())
    .execute();
  const after = await load(segment.sourceLang, hash);
  const eventId = await appendEvent(trx, {
    before: current,
    after,
    actor,
    action: `edit-source-${edit.change}`,
    sourceHash: hash,
    comment: edit.comment ?? null,
    at: now,
  });

  if (decision.restampTranslations) {
    for (const t of othersBefore.filter((o) => !o.outdated)) {
      // The translation's own version moves too: a writer who saw it before the re-stamp
      // must reload, or they would write against a source they never saw.
      await trx
        .updateTable('translations')
        .set({ source_hash: hash, version: t.version + 1, updated_at: now })
        .where('document_id', '=', documentId)
        .where('segment_id', '=', segmentId)
        .where('lang', '=', t.lang)
        .execute();
      await appendEvent(trx, {
        before: t,
        after: await load(t.lang, hash),
        actor,
        action: 'source-cosmetic',
        sourceHash: hash,
        comment: null,
        at: now,
      });
    }
  }
  // Every translation's sentences now map onto a different source.
  await storeSentenceLinks(trx, documentId, segmentId);
  const othersAfter = await Promise.all(othersBefore.map((t) => load(t.lang, hash)));
  const affected = othersAfter.filter(
    (t, i) => t.version !== othersBefore[i]?.version || t.outdated !== othersBefore[i]?.outdated,
  );
  return { ok: true, translation: after, affected, eventId };
}
