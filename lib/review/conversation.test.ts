import { describe, expect, it } from 'vitest';
import type { Actor } from './roles';
import {
  awaitsReply,
  CONVERSATION_REFUSALS,
  conversationCommandSchema,
  conversationPermission,
  isResolved,
  mergeThread,
  type ThreadMessage,
} from './conversation';

const msg = (kind: ThreadMessage['kind'], authorId: string, at: string, event: string | null = null): ThreadMessage => ({
  kind,
  event,
  authorId,
  author: authorId,
  body: kind === 'comment' ? `said by ${authorId}` : null,
  at,
});

const actor = (role: Actor['role'], languages: Actor['languages'] = null): Actor => ({ id: role, role, languages });

describe('conversations', () => {
  it('a thread is resolved only while its latest message resolved it', () => {
    expect(isResolved([])).toBe(false);
    expect(isResolved([msg('comment', 'a', '1')])).toBe(false);
    expect(isResolved([msg('comment', 'a', '1'), msg('resolve', 'b', '2')])).toBe(true);
    expect(isResolved([msg('comment', 'a', '1'), msg('resolve', 'b', '2'), msg('comment', 'a', '3')])).toBe(false);
    expect(isResolved([msg('resolve', 'b', '2'), msg('reopen', 'a', '3')])).toBe(false);
  });

  it('awaits a reply from someone when the latest word in an open thread is not theirs', () => {
    const thread = [msg('comment', 'reviewer', '1', 'reject'), msg('comment', 'translator', '2')];
    expect(awaitsReply(thread.slice(0, 1), 'translator')).toBe(true);
    expect(awaitsReply(thread, 'translator')).toBe(false);
    expect(awaitsReply(thread, 'reviewer')).toBe(true);
    expect(awaitsReply([...thread, msg('resolve', 'reviewer', '3')], 'reviewer')).toBe(false);
    expect(awaitsReply([], 'reviewer')).toBe(false);
  });

  it('anyone signed in may comment; translators and up resolve and reopen, in their languages', () => {
    const open = [msg('comment', 'a', '1')];
    const resolved = [...open, msg('resolve', 'b', '2')];
    expect(conversationPermission(null, 'comment', 'zh', open)).toBe('unauthenticated');
    expect(conversationPermission(actor('reader'), 'comment', 'zh', open)).toBeNull();
    expect(conversationPermission(actor('reader'), 'resolve', 'zh', open)).toBe('forbidden-role');
    expect(conversationPermission(actor('translator'), 'resolve', 'zh', open)).toBeNull();
    expect(conversationPermission(actor('reviewer', ['ru']), 'comment', 'zh', open)).toBe('forbidden-language');
    expect(conversationPermission(actor('reviewer'), 'resolve', 'zh', resolved)).toBe('thread-resolved');
    expect(conversationPermission(actor('reviewer'), 'reopen', 'zh', open)).toBe('thread-open');
    expect(conversationPermission(actor('reviewer'), 'reopen', 'zh', resolved)).toBeNull();
    // A comment on a resolved thread is allowed: it opens the thread again.
    expect(conversationPermission(actor('translator'), 'comment', 'zh', resolved)).toBeNull();
  });

  it('produces every conversation-only refusal', () => {
    const seen = new Set<string>();
    const threads = [[], [msg('comment', 'a', '1')], [msg('comment', 'a', '1'), msg('resolve', 'b', '2')]];
    for (const thread of threads)
      for (const action of ['comment', 'resolve', 'reopen'] as const) {
        const reason = conversationPermission(actor('reviewer'), action, 'zh', thread);
        if (reason) seen.add(reason);
      }
    expect([...seen].sort()).toEqual([...CONVERSATION_REFUSALS].sort());
  });

  it('merges command comments and thread messages in time order, the command first on a tie', () => {
    const events = [msg('comment', 'r', '2026-01-01T10:00:00Z', 'reject'), msg('comment', 'r', '2026-01-03T10:00:00Z', 'check')];
    const comments = [msg('comment', 't', '2026-01-01T10:00:00Z'), msg('resolve', 'r', '2026-01-02T10:00:00Z')];
    expect(mergeThread(events, comments).map((m) => [m.authorId, m.event ?? m.kind])).toEqual([
      ['r', 'reject'],
      ['t', 'comment'],
      ['r', 'resolve'],
      ['r', 'check'],
    ]);
  });

  it('parses commands: a comment needs a body; keys, not prose, for what is wrong', () => {
    const ref = { documentId: 'doc', segmentId: 'seg-1', lang: 'zh' };
    expect(conversationCommandSchema.parse({ action: 'comment', ...ref, body: '  Why 万? ' })).toEqual({
      action: 'comment',
      ...ref,
      body: 'Why 万?',
    });
    expect(conversationCommandSchema.parse({ action: 'resolve', ...ref })).toEqual({ action: 'resolve', ...ref });
    const bad = conversationCommandSchema.safeParse({ action: 'comment', ...ref, body: '   ' });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['body', 'required']]);
    expect(conversationCommandSchema.safeParse({ action: 'shout', ...ref }).error?.issues[0]?.message).toBe('invalidAction');
    expect(
      conversationCommandSchema.safeParse({ action: 'comment', ...ref, body: 'x'.repeat(2001) }).error?.issues[0]?.message,
    ).toBe('tooLong');
  });
});
