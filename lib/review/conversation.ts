import { z } from 'zod';
import type { Lang } from '../languages';
import { actionUnionOptions, commentSchema, translationRef } from './commands';
import type { RefusalReason } from './refusals';
import { type Actor, canAccessLanguage, roleAtLeast } from './roles';

/**
 * What a person does in the conversation about one translation: say something (any signed-in
 * role), or mark the thread resolved or open again (translators and up). Replies are comments
 * in the same thread; a comment on a resolved thread opens it again.
 */
export const conversationCommandSchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('comment'), ...translationRef, body: commentSchema }),
    z.object({ action: z.literal('resolve'), ...translationRef }),
    z.object({ action: z.literal('reopen'), ...translationRef }),
  ],
  actionUnionOptions,
);
export type ConversationCommand = z.infer<typeof conversationCommandSchema>;
export type ConversationCommandInput = z.input<typeof conversationCommandSchema>;
export type ConversationAction = ConversationCommand['action'];

/**
 * One message of a thread, oldest first. `kind` `comment` is something said: a comment, or the
 * comment given with a command (`event` names it: a rejection's reason is the thread's first
 * message); `resolve` and `reopen` change the thread's state.
 */
export interface ThreadMessage {
  kind: 'comment' | 'resolve' | 'reopen';
  /** The command a comment came with (`reject`, `check` ...), or null for a comment of its own. */
  event: string | null;
  authorId: string | null;
  author: string | null;
  body: string | null;
  at: string;
}

/** A thread is resolved when its latest message resolved it; anything said after opens it again. */
export function isResolved(thread: readonly ThreadMessage[]): boolean {
  return thread.length > 0 && thread[thread.length - 1]?.kind === 'resolve';
}

/**
 * Whether a person should look at this thread: it is open, and the latest thing said in it
 * is someone else's. Their own last word, or a resolved thread, needs nothing from them.
 */
export function awaitsReply(thread: readonly ThreadMessage[], userId: string): boolean {
  if (isResolved(thread)) return false;
  const said = thread.filter((m) => m.kind === 'comment');
  const last = said[said.length - 1];
  return last !== undefined && last.authorId !== userId;
}

/** The refusals only a conversation gives (translation commands never do). */
export const CONVERSATION_REFUSALS = ['thread-resolved', 'thread-open'] as const satisfies readonly RefusalReason[];

/** Who may do what in a conversation, and whether the thread's state allows it. */
export function conversationPermission(
  actor: Actor | null,
  action: ConversationAction,
  lang: Lang,
  thread: readonly ThreadMessage[],
): RefusalReason | null {
  if (actor === null) return 'unauthenticated';
  if (!canAccessLanguage(actor, lang)) return 'forbidden-language';
  if (action === 'comment') return null;
  if (!roleAtLeast(actor.role, 'translator')) return 'forbidden-role';
  if (action === 'resolve') return isResolved(thread) ? 'thread-resolved' : null;
  return isResolved(thread) ? null : 'thread-open';
}

/** Messages of events and of comments, merged in time order (events first on a tie: a rejection opens its thread). */
export function mergeThread(events: readonly ThreadMessage[], comments: readonly ThreadMessage[]): ThreadMessage[] {
  const out: ThreadMessage[] = [];
  let i = 0;
  let j = 0;
  while (i < events.length || j < comments.length) {
    const e = events[i];
    const c = comments[j];
    if (c === undefined || (e !== undefined && e.at <= c.at)) {
      out.push(e as ThreadMessage);
      i += 1;
    } else {
      out.push(c);
      j += 1;
    }
  }
  return out;
}
