import type { Actor, CommandResult, TranslationState } from '@/lib/review';
import type { Executor } from '../db/connect';

/** A stale write, thrown inside the transaction so that nothing of it is kept. */
export class Conflict extends Error {
  constructor(readonly current: TranslationState) {
    super('conflict');
  }
}

/** What applying one command yields before progress is added. */
export type Applied =
  | { ok: true; translation: TranslationState; affected: TranslationState[]; eventId: number }
  | Extract<CommandResult, { error: 'refused' | 'not-found' }>;

/**
 * Appends one event: the only way history is written (the table refuses updates and deletes).
 * `action` is the event kind: a command action, or `edit-source-cosmetic`,
 * `edit-source-meaning`, `source-cosmetic` (a translation re-stamped by a cosmetic source edit).
 */
export async function appendEvent(
  trx: Executor,
  event: {
    before: TranslationState;
    after: TranslationState;
    actor: Actor | null;
    action: string;
    sourceHash: string;
    comment: string | null;
    at: string;
  },
): Promise<number> {
  const row = await trx
    .insertInto('events')
    .values({
      document_id: event.after.documentId,
      segment_id: event.after.segmentId,
      lang: event.after.lang,
      actor: event.actor?.id ?? null,
      action: event.action,
      text_before: event.before.text,
      text_after: event.after.text,
      status_before: event.before.status,
      status_after: event.after.status,
      source_hash: event.sourceHash,
      version: event.after.version,
      created_at: event.at,
      comment: event.comment,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}
