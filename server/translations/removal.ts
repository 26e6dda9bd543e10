import type { Actor } from '@/lib/review';
import type { Executor } from '../db/connect';

/**
 * Keeps in history every text about to go with its rows: one event per translation (the text
 * before, `missing` after, the version moved on), written in one statement before the delete.
 * A document deleted (`delete`) or segments removed by sync (`segment-remove`); events stay
 * under their ids when the rows are gone.
 */
export async function recordRemovals(
  trx: Executor,
  removal: { documentId: string; segmentIds?: readonly string[]; actor: Actor; action: 'delete' | 'segment-remove'; now: string },
): Promise<void> {
  await trx
    .insertInto('events')
    .columns([
      'document_id',
      'segment_id',
      'lang',
      'actor',
      'action',
      'text_before',
      'text_after',
      'status_before',
      'status_after',
      'source_hash',
      'version',
      'created_at',
      'comment',
    ])
    .expression((eb) => {
      let rows = eb
        .selectFrom('translations')
        .select((s) => [
          'document_id',
          'segment_id',
          'lang',
          s.val(removal.actor.id).as('actor'),
          s.val(removal.action).as('action'),
          'text',
          s.val(null).as('text_after'),
          'status',
          s.val('missing').as('status_after'),
          'source_hash',
          s(s.ref('version'), '+', 1).as('version'),
          s.val(removal.now).as('created_at'),
          s.val(null).as('comment'),
        ])
        .where('document_id', '=', removal.documentId);
      if (removal.segmentIds) rows = rows.where('segment_id', 'in', [...removal.segmentIds]);
      return rows;
    })
    .execute();
}
