import type { Actor } from '@/lib/review';
import type { Lang } from '@/lib/languages';
import type { Db, Executor } from '../db/connect';
import { loadTitle } from '../queries/titles';
import { type AtomicResult, executeCommandsAtomically } from '../translations';
import { recordRemovals } from '../translations/removal';

export type RenameResult =
  | { ok: true; changed: Lang[] }
  | { ok: false; error: 'forbidden' | 'not-found' | 'no-title-segment' | 'unchanged' }
  | { ok: false; error: 'refused'; result: Extract<AtomicResult, { ok: false }> };

/**
 * Renames a document: its title segment gets the new texts, through the one write path (the
 * source as an admin's source edit that changes the meaning, so a translated title not renamed
 * with it shows as outdated; each translation as an edit, a draft again), all or nothing, one
 * event each. The document's id, its address, and every segment id stay as they are.
 * `titles` holds, per language, the new text and the version the person saw; a language left
 * out or unchanged is left alone.
 */
export async function renameDocument(
  db: Db,
  actor: Actor | null,
  documentId: string,
  titles: Partial<Record<Lang, { text: string; version: number }>>,
): Promise<RenameResult> {
  if (actor?.role !== 'admin') return { ok: false, error: 'forbidden' };
  const state = await loadTitle(db, documentId);
  if (!state) return { ok: false, error: 'not-found' };
  if (state.segmentId === null) return { ok: false, error: 'no-title-segment' };
  const commands: unknown[] = [];
  const changed: Lang[] = [];
  for (const lang of state.languages) {
    const wanted = titles[lang];
    if (!wanted || wanted.text.trim() === '' || wanted.text.trim() === state.titles[lang]?.text) continue;
    const target = { documentId, segmentId: state.segmentId, lang, version: wanted.version, text: wanted.text };
    commands.push(
      lang === state.sourceLang ? { action: 'editSource', change: 'meaning', ...target } : { action: 'edit', ...target },
    );
    changed.push(lang);
  }
  if (commands.length === 0) return { ok: false, error: 'unchanged' };
  const result = await executeCommandsAtomically(db, actor, commands);
  if (!result.ok) return { ok: false, error: 'refused', result };
  return { ok: true, changed };
}

export type DeleteResult =
  | { ok: true }
  | { ok: false; error: 'forbidden' | 'not-found' | 'unconfirmed' }
  | { ok: false; error: 'has-checked'; checked: number };

/**
 * Deletes a document, unless a reviewer has checked any of its translations: that work would be
 * lost with it, so it is refused, saying how many (reopen them, or export the document first).
 * Otherwise, in one transaction: a `delete` event for every text (who deleted it and when, the
 * text it had), then the document with everything the reader shows of it. Its history stays:
 * events are append-only, and the database refuses to delete them. Because that history still
 * names the id, the id is never given to another document (an import refuses it), so neither
 * that history nor a reader page cached for the old document can ever be taken for a new one.
 * `confirm` must repeat the id: a deletion is never one stray request.
 */
export async function deleteDocument(db: Db, actor: Actor | null, documentId: string, confirm: string): Promise<DeleteResult> {
  if (actor?.role !== 'admin') return { ok: false, error: 'forbidden' };
  if (confirm !== documentId) return { ok: false, error: 'unconfirmed' };
  return db.transaction().execute(async (trx): Promise<DeleteResult> => {
    const doc = await trx
      .selectFrom('documents')
      .select('id')
      .where('id', '=', documentId)
      .where('importing_since', 'is', null)
      .executeTakeFirst();
    if (!doc) return { ok: false, error: 'not-found' };
    const checked = await trx
      .selectFrom('translations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('document_id', '=', documentId)
      .where('status', '=', 'checked')
      .executeTakeFirstOrThrow();
    if (Number(checked.n) > 0) return { ok: false, error: 'has-checked', checked: Number(checked.n) };
    const now = new Date().toISOString();
    await recordRemovals(trx, { documentId, actor, action: 'delete', now });
    // sentence_links has no foreign key; everything else of the document goes with it (cascade).
    await trx.deleteFrom('sentence_links').where('document_id', '=', documentId).execute();
    await trx.deleteFrom('documents').where('id', '=', documentId).execute();
    return { ok: true };
  });
}

/** Whether an id has history: a deleted document's, which keeps the id from being used again. */
export async function idHasHistory(db: Executor, documentId: string): Promise<boolean> {
  const row = await db.selectFrom('events').select('id').where('document_id', '=', documentId).limit(1).executeTakeFirst();
  return row !== undefined;
}
