import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { seedIfEmpty } from '@/server/content/seed';
import { getInbox } from '@/server/queries/conversations';
import { getWorkspace } from '@/server/queries/workspace';
import { executeCommand } from '@/server/translations';
import { executeConversationCommand } from '@/server/translations/comments';
import { CONTENT_DIR, DIALECTS, makeActors, useTempDatabase } from './helpers';

const DOC = 'sino-russian-cooperation';
const SEG = 'p1-potential';
const ref = { documentId: DOC, segmentId: SEG, lang: 'zh' } as const;

describe.each(DIALECTS)('conversations on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  async function seeded() {
    const { db } = database();
    await seedIfEmpty(db, CONTENT_DIR);
    return { db, ...(await makeActors(database())) };
  }

  /** The translator writes the Chinese text of SEG; the reviewer sends it back with a reason. */
  async function rejected() {
    const s = await seeded();
    const current = await s.db
      .selectFrom('translations')
      .select(['text', 'version'])
      .where('document_id', '=', DOC)
      .where('segment_id', '=', SEG)
      .where('lang', '=', 'zh')
      .executeTakeFirstOrThrow();
    const edit = await executeCommand(s.db, s.translator, {
      action: 'edit',
      ...ref,
      version: current.version,
      text: `${current.text}！`,
    });
    expect(edit.ok).toBe(true);
    const reject = await executeCommand(s.db, s.reviewer, {
      action: 'reject',
      ...ref,
      version: current.version + 1,
      comment: 'The exclamation mark changes the tone.',
    });
    expect(reject.ok).toBe(true);
    return s;
  }

  it('a rejection opens the thread; replies, resolve and a later comment move it, and the inboxes follow', async () => {
    const { db, translator, reviewer, reader } = await rejected();

    // The translator's inbox: their text was sent back, with the reviewer's reason.
    let inbox = await getInbox(db, translator);
    expect(inbox).toEqual([
      expect.objectContaining({ documentId: DOC, segmentId: SEG, lang: 'zh', status: 'rejected', reason: 'rejected', number: 6 }),
    ]);
    expect(inbox[0]?.last).toMatchObject({
      event: 'reject',
      authorId: reviewer.id,
      body: 'The exclamation mark changes the tone.',
    });
    expect(await getInbox(db, reviewer)).toEqual([]);

    // The translator replies: now the reviewer has something waiting.
    const reply = await executeConversationCommand(db, translator, {
      action: 'comment',
      ...ref,
      body: 'The source is emphatic here.',
    });
    expect(reply).toMatchObject({ ok: true, resolved: false });
    expect(reply.ok && reply.thread.map((m) => [m.event ?? m.kind, m.authorId, m.body])).toEqual([
      ['reject', reviewer.id, 'The exclamation mark changes the tone.'],
      ['comment', translator.id, 'The source is emphatic here.'],
    ]);
    inbox = await getInbox(db, reviewer);
    expect(inbox.map((i) => [i.segmentId, i.reason, i.last?.body])).toEqual([[SEG, 'reply', 'The source is emphatic here.']]);

    // Resolved: it leaves the reviewer's inbox (the rejected text stays in the translator's).
    const resolve = await executeConversationCommand(db, reviewer, { action: 'resolve', ...ref });
    expect(resolve).toMatchObject({ ok: true, resolved: true });
    expect(await getInbox(db, reviewer)).toEqual([]);
    expect((await getInbox(db, translator)).map((i) => i.reason)).toEqual(['rejected']);

    // Anyone signed in may speak; a word on a resolved thread opens it again.
    const again = await executeConversationCommand(db, reader, { action: 'comment', ...ref, body: 'Readers notice this too.' });
    expect(again).toMatchObject({ ok: true, resolved: false });
    expect((await getInbox(db, reviewer)).map((i) => i.reason)).toEqual(['reply']);

    // The workspace shows the thread and its state; the comments filter finds it.
    const workspace = await getWorkspace(db, DOC, 'zh', { comments: true });
    expect(workspace?.rows.map((r) => r.segmentId)).toEqual([SEG]);
    expect(workspace?.rows[0]?.comments.map((m) => m.kind)).toEqual(['comment', 'comment', 'resolve', 'comment']);
    expect(workspace?.rows[0]?.resolved).toBe(false);
  });

  it('a question in a conversation waits for the reviewers of its language, not for others', async () => {
    const { db, translator, reviewer, reviewerOfRussian } = await seeded();
    expect((await executeConversationCommand(db, translator, { action: 'comment', ...ref, body: 'Is 万 right here?' })).ok).toBe(
      true,
    );
    expect((await getInbox(db, reviewer)).map((i) => [i.segmentId, i.lang, i.reason])).toEqual([[SEG, 'zh', 'reply']]);
    expect(await getInbox(db, reviewerOfRussian)).toEqual([]);
    expect(await getInbox(db, translator)).toEqual([]);
  });

  it('the comments filter finds a translation that has only a thread comment, no command comment', async () => {
    const { db, reviewer } = await seeded();
    const said = await executeConversationCommand(db, reviewer, {
      action: 'comment',
      ...ref,
      segmentId: 'summary',
      body: 'Shorter?',
    });
    expect(said.ok).toBe(true);
    const workspace = await getWorkspace(db, DOC, 'zh', { comments: true });
    expect(workspace?.rows.map((r) => r.segmentId)).toEqual(['summary']);
  });

  it('refuses who may not, and what the thread state does not allow; bad input names the field', async () => {
    const { db, reader, reviewer, reviewerOfRussian, translator } = await seeded();
    expect(await executeConversationCommand(db, null, { action: 'comment', ...ref, body: 'x' })).toMatchObject({
      error: 'refused',
      reason: 'unauthenticated',
    });
    expect(await executeConversationCommand(db, reviewerOfRussian, { action: 'comment', ...ref, body: 'x' })).toMatchObject({
      reason: 'forbidden-language',
    });
    expect(await executeConversationCommand(db, reviewer, { action: 'reopen', ...ref })).toMatchObject({ reason: 'thread-open' });
    expect((await executeConversationCommand(db, translator, { action: 'comment', ...ref, body: 'A question.' })).ok).toBe(true);
    expect(await executeConversationCommand(db, reader, { action: 'resolve', ...ref })).toMatchObject({
      reason: 'forbidden-role',
    });
    expect((await executeConversationCommand(db, translator, { action: 'resolve', ...ref })).ok).toBe(true);
    expect(await executeConversationCommand(db, reviewer, { action: 'resolve', ...ref })).toMatchObject({
      reason: 'thread-resolved',
    });
    expect(await executeConversationCommand(db, reviewer, { action: 'reopen', ...ref })).toMatchObject({
      ok: true,
      resolved: false,
    });

    expect(await executeConversationCommand(db, reviewer, { action: 'comment', ...ref, lang: 'en', body: 'x' })).toMatchObject({
      reason: 'not-a-source-action',
    });
    expect(
      await executeConversationCommand(db, reviewer, { action: 'comment', ...ref, documentId: 'nope', body: 'x' }),
    ).toMatchObject({
      error: 'not-found',
      what: 'document',
    });
    expect(
      await executeConversationCommand(db, reviewer, { action: 'comment', ...ref, segmentId: 'nope', body: 'x' }),
    ).toMatchObject({
      error: 'not-found',
      what: 'segment',
    });
    expect(await executeConversationCommand(db, reviewer, { action: 'comment', ...ref, body: ' \u200b ' })).toMatchObject({
      error: 'invalid',
      fieldErrors: { body: 'required' },
    });
  });

  it('keeps every message: the table refuses updates and deletes', async () => {
    const { db, reviewer } = await seeded();
    expect((await executeConversationCommand(db, reviewer, { action: 'comment', ...ref, body: 'Kept.' })).ok).toBe(true);
    await expect(sql`UPDATE comments SET body = 'changed'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM comments`.execute(db)).rejects.toThrow(/append-only/);
    const rows = await db.selectFrom('comments').select('body').execute();
    expect(rows).toEqual([{ body: 'Kept.' }]);
  });

  it('a link to one segment lands on the workspace page that holds it', async () => {
    const { db } = await seeded();
    const workspace = await getWorkspace(db, DOC, 'zh', {}, 1, 5, { people: true, at: 'p4-sreb-eaeu' });
    expect(workspace?.paging.page).toBe(3);
    expect(workspace?.rows.map((r) => r.segmentId)).toContain('p4-sreb-eaeu');
    // An unknown segment keeps the page asked for.
    expect((await getWorkspace(db, DOC, 'zh', {}, 2, 5, { people: true, at: 'nope' }))?.paging.page).toBe(2);
  });
});
