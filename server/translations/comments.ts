import { type Actor, type CommandResult, fieldErrorKeys } from '@/lib/review';
import { conversationCommandSchema, conversationPermission, isResolved, type ThreadMessage } from '@/lib/review/conversation';
import { isDatabaseBusy } from '../db/busy';
import type { Db } from '../db/connect';
import { loadThreads } from '../queries/conversations';
import { loadSegment, missingSegment } from './state';

/** What a comment, resolve or reopen answers: the thread as it now stands, or why nothing happened. */
export type ConversationResult =
  | { ok: true; thread: ThreadMessage[]; resolved: boolean }
  | Extract<CommandResult, { error: 'invalid' | 'refused' | 'not-found' | 'busy' }>;

/**
 * Says something in the conversation about one translation, or resolves or reopens it: parsed,
 * authorised (lib/review/conversation.ts) and appended in one transaction. The thread is read
 * inside the same transaction, so two people resolving at once get one resolve and one refusal.
 */
export async function executeConversationCommand(db: Db, actor: Actor | null, input: unknown): Promise<ConversationResult> {
  if (!actor) return { ok: false, error: 'refused', reason: 'unauthenticated' };
  const parsed = conversationCommandSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorKeys(parsed.error) };
  const command = parsed.data;
  try {
    return await db.transaction().execute(async (trx): Promise<ConversationResult> => {
      const segment = await loadSegment(trx, command.documentId, command.segmentId);
      if (!segment) return missingSegment(trx, command.documentId);
      if (command.lang === segment.sourceLang) return { ok: false, error: 'refused', reason: 'not-a-source-action' };
      const inDocument = await trx
        .selectFrom('document_languages')
        .select('lang')
        .where('document_id', '=', command.documentId)
        .where('lang', '=', command.lang)
        .executeTakeFirst();
      if (!inDocument) return { ok: false, error: 'not-found', what: 'language' };

      const before = (await loadThreads(trx, command.documentId, command.lang, [command.segmentId])).get(command.segmentId) ?? [];
      const refusal = conversationPermission(actor, command.action, command.lang, before);
      if (refusal) return { ok: false, error: 'refused', reason: refusal };
      await trx
        .insertInto('comments')
        .values({
          document_id: command.documentId,
          segment_id: command.segmentId,
          lang: command.lang,
          author: actor.id,
          kind: command.action,
          body: command.action === 'comment' ? command.body : null,
          created_at: new Date().toISOString(),
        })
        .execute();
      const thread = (await loadThreads(trx, command.documentId, command.lang, [command.segmentId])).get(command.segmentId) ?? [];
      return { ok: true, thread, resolved: isResolved(thread) };
    });
  } catch (error) {
    if (isDatabaseBusy(error)) return { ok: false, error: 'busy', retryAfter: error.retryAfter };
    throw error;
  }
}
