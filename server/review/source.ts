import { sourceHash } from '@/lib/content/hash';
import type { Lang } from '@/lib/languages';
import { type Actor, decide, type SourceChange } from '@/lib/review';
import { storeSentenceLinks } from '../content/sentences';
import type { Db } from '../db/connect';
import type { ReviewResult } from './apply';
import { loadSegment, loadTranslation } from './state';

export interface SourceEdit {
  documentId: string;
  segmentId: string;
  lang: Lang;
  version: number;
  text: string;
  change: SourceChange;
}

/**
 * An admin's change to a source segment, in one transaction. A cosmetic change re-stamps the
 * translations that were up to date with the old source, so their checks stay; a change of
 * meaning leaves them on the old hash, so they become outdated. Either way the history says so.
 */
export async function editSource(db: Db, actor: Actor | null, edit: SourceEdit): Promise<ReviewResult> {
  return db.transaction().execute(async (trx): Promise<ReviewResult> => {
    const segment = await loadSegment(trx, edit.documentId, edit.segmentId);
    if (!segment) return { ok: false, error: 'not-found' };
    const current = await loadTranslation(trx, edit.documentId, edit.segmentId, segment.sourceLang, segment.sourceHash);
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
    if (current.version !== edit.version) return { ok: false, error: 'conflict', current };

    const text = edit.text.trim();
    const hash = sourceHash(text);
    const now = new Date().toISOString();
    const version = current.version + 1;
    const updated = await trx
      .updateTable('translations')
      .set({ text, source_hash: hash, version, updated_at: now, updated_by: actor?.id ?? null, text_author: actor?.id ?? null })
      .where('document_id', '=', edit.documentId)
      .where('segment_id', '=', edit.segmentId)
      .where('lang', '=', segment.sourceLang)
      .where('version', '=', edit.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) {
      const latest = await loadTranslation(trx, edit.documentId, edit.segmentId, segment.sourceLang, segment.sourceHash);
      return { ok: false, error: 'conflict', current: latest };
    }
    await trx
      .insertInto('source_texts')
      .values({ hash, text })
      .onConflict((oc) => oc.column('hash').doNothing())
      .execute();
    await trx
      .insertInto('events')
      .values({
        document_id: edit.documentId,
        segment_id: edit.segmentId,
        lang: segment.sourceLang,
        actor: actor?.id ?? null,
        action: `edit-source-${edit.change}`,
        text_before: current.text,
        text_after: text,
        status_before: current.status,
        status_after: current.status,
        source_hash: hash,
        version,
        created_at: now,
        comment: null,
      })
      .execute();

    if (decision.restampTranslations) {
      const upToDate = await trx
        .selectFrom('translations')
        .select(['lang', 'text', 'status', 'version'])
        .where('document_id', '=', edit.documentId)
        .where('segment_id', '=', edit.segmentId)
        .where('lang', '<>', segment.sourceLang)
        .where('source_hash', '=', segment.sourceHash)
        .execute();
      for (const t of upToDate) {
        // The translation's own version moves too: a writer who saw it before the re-stamp
        // must reload, or they would write against a source they never saw.
        await trx
          .updateTable('translations')
          .set({ source_hash: hash, version: t.version + 1, updated_at: now })
          .where('document_id', '=', edit.documentId)
          .where('segment_id', '=', edit.segmentId)
          .where('lang', '=', t.lang)
          .execute();
        await trx
          .insertInto('events')
          .values({
            document_id: edit.documentId,
            segment_id: edit.segmentId,
            lang: t.lang,
            actor: actor?.id ?? null,
            action: 'source-cosmetic',
            text_before: t.text,
            text_after: t.text,
            status_before: t.status,
            status_after: t.status,
            source_hash: hash,
            version: t.version + 1,
            created_at: now,
            comment: null,
          })
          .execute();
      }
    }
    // Every translation's sentences now map onto a different source.
    await storeSentenceLinks(trx, edit.documentId, edit.segmentId);
    return { ok: true, translation: await loadTranslation(trx, edit.documentId, edit.segmentId, segment.sourceLang, hash) };
  });
}
