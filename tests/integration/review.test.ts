import { describe, expect, it } from 'vitest';
import { seedIfEmpty } from '@/server/content/seed';
import type { CommandAction, CommandResult } from '@/lib/review';
import { listEvents } from '@/server/queries/events';
import { getWorkspace } from '@/server/queries/workspace';
import { executeCommand } from '@/server/translations';
import { setSetting } from '@/server/settings';
import { CONTENT_DIR, DIALECTS, type TempDatabase, useTempDatabase, eventCount, makeActors } from './helpers';

const DOC = 'sino-russian-cooperation';

type ActorKey = keyof Awaited<ReturnType<typeof makeActors>>;
const ACTOR_KEYS: ActorKey[] = ['anonymous', 'reader', 'translator', 'reviewer', 'reviewerOfRussian', 'admin'];

async function state(db: TempDatabase['db'], segmentId: string, lang: string) {
  return db
    .selectFrom('translations')
    .select(['text', 'status', 'version', 'source_hash'])
    .where('document_id', '=', DOC)
    .where('segment_id', '=', segmentId)
    .where('lang', '=', lang)
    .executeTakeFirstOrThrow();
}

function outcome(result: CommandResult): string {
  if (result.ok) return 'ok';
  return result.error === 'refused' ? result.reason : result.error;
}

describe.each(DIALECTS)('review on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  /** The seed article in a fresh database, with one account per kind of actor. */
  async function seeded() {
    const { db } = database();
    await seedIfEmpty(db, CONTENT_DIR);
    return { db, ...(await makeActors(database())) };
  }

  /** Each actor acts on a segment of its own, so one database serves a whole row of the matrix. */
  const SEGMENT: Record<ActorKey, string> = {
    anonymous: 'intro-conference',
    reader: 'intro-juncture',
    translator: 'intro-key-issues',
    reviewer: 'p1-potential',
    reviewerOfRussian: 'p2-economy',
    admin: 'p3-regional',
  };

  const EXPECTED: Record<string, Record<ActorKey, string>> = {
    edit: {
      anonymous: 'unauthenticated',
      reader: 'forbidden-role',
      translator: 'ok',
      reviewer: 'ok',
      reviewerOfRussian: 'forbidden-language',
      admin: 'ok',
    },
    check: {
      anonymous: 'unauthenticated',
      reader: 'forbidden-role',
      translator: 'forbidden-role',
      reviewer: 'ok',
      reviewerOfRussian: 'forbidden-language',
      admin: 'ok',
    },
    reject: {
      anonymous: 'unauthenticated',
      reader: 'forbidden-role',
      translator: 'forbidden-role',
      reviewer: 'ok',
      reviewerOfRussian: 'forbidden-language',
      admin: 'ok',
    },
    reopen: {
      anonymous: 'unauthenticated',
      reader: 'forbidden-role',
      translator: 'forbidden-role',
      reviewer: 'ok',
      reviewerOfRussian: 'forbidden-language',
      admin: 'ok',
    },
    revert: {
      anonymous: 'unauthenticated',
      reader: 'forbidden-role',
      translator: 'ok',
      reviewer: 'ok',
      reviewerOfRussian: 'forbidden-language',
      admin: 'ok',
    },
  };

  for (const action of Object.keys(EXPECTED) as Exclude<CommandAction, 'editSource'>[]) {
    it(`authorisation matrix: ${action} on a Chinese translation`, async () => {
      const { db } = database();
      await seedIfEmpty(db, CONTENT_DIR);
      const actors = await makeActors(database());
      if (action === 'reopen') {
        // Something to reopen: the admin checks every segment first.
        for (const segmentId of Object.values(SEGMENT)) {
          const r = await executeCommand(db, actors.admin, {
            action: 'check',
            documentId: DOC,
            segmentId,
            lang: 'zh',
            version: 1,
          });
          expect(r.ok).toBe(true);
        }
      }
      for (const key of ACTOR_KEYS) {
        const segmentId = SEGMENT[key];
        const before = await state(db, segmentId, 'zh');
        const events = await eventCount(db);
        const importEvent = await db
          .selectFrom('events')
          .select('id')
          .where('segment_id', '=', segmentId)
          .where('lang', '=', 'zh')
          .where('action', '=', 'import')
          .executeTakeFirstOrThrow();
        const result = await executeCommand(db, actors[key], {
          action,
          documentId: DOC,
          segmentId,
          lang: 'zh',
          version: before.version,
          text: `新译文（${key}）`,
          comment: 'Please keep the institution’s established name.',
          eventId: Number(importEvent.id),
        });
        expect(outcome(result), `${action} by ${key}`).toBe(EXPECTED[action]![key]);
        const after = await state(db, segmentId, 'zh');
        if (result.ok) {
          expect(after.version).toBe(before.version + 1);
          expect(await eventCount(db)).toBe(events + 1);
        } else {
          // A refusal changes nothing and writes no history.
          expect(after).toEqual(before);
          expect(await eventCount(db)).toBe(events);
        }
      }
    });
  }

  it('a reviewer limited to Russian may review Russian', async () => {
    const { db, reviewerOfRussian } = await seeded();
    const result = await executeCommand(db, reviewerOfRussian, {
      action: 'check',
      documentId: DOC,
      segmentId: 'title',
      lang: 'ru',
      version: 1,
    });
    expect(outcome(result)).toBe('ok');
    expect(await state(db, 'title', 'ru')).toMatchObject({ status: 'checked', version: 2 });
  });

  it('source edits are for admins only; a change of meaning makes translations outdated', async () => {
    const { db, ...actors } = await seeded();
    for (const key of ['anonymous', 'reader', 'translator', 'reviewer'] as const) {
      const r = await executeCommand(db, actors[key], {
        action: 'editSource',
        documentId: DOC,
        segmentId: 'title',
        lang: 'en',
        version: 1,
        text: 'New title',
        change: 'meaning',
      });
      expect(r.ok, key).toBe(false);
    }
    expect((await state(db, 'title', 'en')).version).toBe(1);

    await executeCommand(db, actors.reviewer, {
      action: 'check',
      documentId: DOC,
      segmentId: 'title',
      lang: 'zh',
      version: 1,
    });
    const r = await executeCommand(db, actors.admin, {
      action: 'editSource',
      documentId: DOC,
      segmentId: 'title',
      lang: 'en',
      version: 1,
      text: 'Sino-Russian Strategic Cooperation: Shared Responsibilities at a Critical Moment',
      change: 'meaning',
    });
    expect(r.ok).toBe(true);
    const review = await getWorkspace(db, DOC, 'zh');
    // The translator's note travels with the row.
    expect(review?.rows.find((row) => row.segmentId === 'intro-conference')?.note).toContain('华东师范大学');
    const title = review?.rows.find((row) => row.segmentId === 'title');
    expect(title?.target).toMatchObject({ status: 'checked', outdated: true });
    expect(review?.progress.zh).toMatchObject({ checked: 0, outdated: 1, draft: 14, total: 15 });
    // The reviewer sees what changed in the source since the check.
    expect(title?.sourceDiff?.filter((op) => op.op !== 'equal').map((op) => `${op.op}:${op.text}`)).toEqual([
      'delete:Responsibilities on Key Issues',
      'insert:Shared Responsibilities',
    ]);
    // Checking it again against the new source clears it.
    const recheck = await executeCommand(db, actors.reviewer, {
      action: 'check',
      documentId: DOC,
      segmentId: 'title',
      lang: 'zh',
      version: 2,
    });
    expect(recheck.ok && recheck.translation).toMatchObject({ status: 'checked', outdated: false });
  });

  it('a cosmetic source edit keeps checks, and the history records it', async () => {
    const { db, ...actors } = await seeded();
    await executeCommand(db, actors.reviewer, {
      action: 'check',
      documentId: DOC,
      segmentId: 'intro-conference',
      lang: 'ru',
      version: 1,
    });
    const source = await state(db, 'intro-conference', 'en');
    const r = await executeCommand(db, actors.admin, {
      action: 'editSource',
      documentId: DOC,
      segmentId: 'intro-conference',
      lang: 'en',
      version: source.version,
      text: source.text.replace('East Normal University', 'East China Normal University'),
      change: 'cosmetic',
    });
    expect(r.ok).toBe(true);
    const ru = await getWorkspace(db, DOC, 'ru');
    expect(ru?.rows.find((row) => row.segmentId === 'intro-conference')?.target).toMatchObject({
      status: 'checked',
      outdated: false,
    });
    const history = await listEvents(db, DOC, 'intro-conference', 'ru');
    expect(history.map((h) => h.action)).toEqual(['source-cosmetic', 'check', 'import']);
  });

  it('a reviewer cannot check their own text unless an admin allows it', async () => {
    const { db, reviewer } = await seeded();
    const edit = await executeCommand(db, reviewer, {
      action: 'edit',
      documentId: DOC,
      segmentId: 'summary',
      lang: 'ru',
      version: 1,
      text: 'Итак, во-первых…',
    });
    expect(edit.ok).toBe(true);
    const own = await executeCommand(db, reviewer, {
      action: 'check',
      documentId: DOC,
      segmentId: 'summary',
      lang: 'ru',
      version: 2,
    });
    expect(outcome(own)).toBe('self-check');
    await setSetting(db, 'allow_self_check', 'true');
    const allowed = await executeCommand(db, reviewer, {
      action: 'check',
      documentId: DOC,
      segmentId: 'summary',
      lang: 'ru',
      version: 2,
    });
    expect(outcome(allowed)).toBe('ok');
  });

  it('editing a checked translation makes it draft; a reviewer’s revert to the checked text restores the check', async () => {
    const { db, translator, reviewer } = await seeded();
    const checked = await executeCommand(db, reviewer, {
      action: 'check',
      documentId: DOC,
      segmentId: 'conclusion',
      lang: 'zh',
      version: 1,
    });
    expect(checked.ok).toBe(true);
    const edited = await executeCommand(db, translator, {
      action: 'edit',
      documentId: DOC,
      segmentId: 'conclusion',
      lang: 'zh',
      version: 2,
      text: '为此，会上学者们提出了问题。',
    });
    expect(edited.ok && edited.translation.status).toBe('draft');

    const history = await listEvents(db, DOC, 'conclusion', 'zh');
    const checkedEntry = history.find((h) => h.action === 'check');
    expect(checkedEntry?.checkedAgainstCurrentSource).toBe(true);
    // A translator's revert comes back as draft; a reviewer's comes back checked.
    const byTranslator = await executeCommand(db, translator, {
      action: 'revert',
      documentId: DOC,
      segmentId: 'conclusion',
      lang: 'zh',
      version: 3,
      eventId: checkedEntry!.id,
    });
    expect(byTranslator.ok && byTranslator.translation.status).toBe('draft');
    const byReviewer = await executeCommand(db, reviewer, {
      action: 'revert',
      documentId: DOC,
      segmentId: 'conclusion',
      lang: 'zh',
      version: 4,
      eventId: checkedEntry!.id,
    });
    expect(byReviewer.ok && byReviewer.translation).toMatchObject({ status: 'checked', text: checkedEntry!.textAfter });
    expect((await listEvents(db, DOC, 'conclusion', 'zh')).map((h) => h.action)).toEqual([
      'revert',
      'revert',
      'edit',
      'check',
      'import',
    ]);
  });

  it('a rejection needs a comment, and the comment is shown with the translation', async () => {
    const { db, reviewer } = await seeded();
    const none = await executeCommand(db, reviewer, {
      action: 'reject',
      documentId: DOC,
      segmentId: 'disclaimer',
      lang: 'ru',
      version: 1,
      comment: '  ',
    });
    // The command schema refuses it before anything is read: the comment field is named.
    expect(none).toEqual({ ok: false, error: 'invalid', fieldErrors: { comment: 'required' } });
    const r = await executeCommand(db, reviewer, {
      action: 'reject',
      documentId: DOC,
      segmentId: 'disclaimer',
      lang: 'ru',
      version: 1,
      comment: 'Use the Club’s standard disclaimer wording.',
    });
    expect(r.ok && r.translation.status).toBe('rejected');
    const row = (await getWorkspace(db, DOC, 'ru'))?.rows.find((x) => x.segmentId === 'disclaimer');
    // The reason opens the translation's conversation.
    expect(row?.comments).toEqual([
      {
        kind: 'comment',
        event: 'reject',
        authorId: reviewer.id,
        author: 'reviewer',
        body: 'Use the Club’s standard disclaimer wording.',
        at: expect.any(String),
      },
    ]);
    expect(row?.resolved).toBe(false);
  });

  it('a stale write gets a conflict with the current state and who made it, never an overwrite', async () => {
    const { db, translator, reviewer } = await seeded();
    const first = await executeCommand(db, translator, {
      action: 'edit',
      documentId: DOC,
      segmentId: 'h2-economy',
      lang: 'ru',
      version: 1,
      text: 'Первая правка',
    });
    expect(first.ok).toBe(true);
    const stale = await executeCommand(db, reviewer, {
      action: 'edit',
      documentId: DOC,
      segmentId: 'h2-economy',
      lang: 'ru',
      version: 1,
      text: 'Вторая правка',
    });
    expect(stale.ok).toBe(false);
    if (stale.ok || stale.error !== 'conflict') throw new Error('expected a conflict');
    expect(stale.current).toMatchObject({
      text: 'Первая правка',
      status: 'draft',
      version: 2,
      updatedBy: { name: 'translator' },
    });
    expect((await state(db, 'h2-economy', 'ru')).text).toBe('Первая правка');
  });

  it('many parallel writers with the same version: one wins, the rest conflict, one event per accepted write', async () => {
    const { db, translator } = await seeded();
    const events = await eventCount(db);
    const writers = Array.from({ length: 16 }, (_, i) =>
      executeCommand(db, translator, {
        action: 'edit',
        documentId: DOC,
        segmentId: 'p4-sreb-eaeu',
        lang: 'zh',
        version: 1,
        text: `版本 ${i}`,
      }),
    );
    const results = await Promise.all(writers);
    const accepted = results.filter((r) => r.ok);
    expect(accepted).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === 'conflict')).toHaveLength(15);
    expect(await eventCount(db)).toBe(events + accepted.length);
    const final = await state(db, 'p4-sreb-eaeu', 'zh');
    expect(final.version).toBe(2);
    expect(accepted[0]?.ok && accepted[0].translation.text).toBe(final.text);
  });

  it('writing a missing translation creates it at version 1; a second creator conflicts', async () => {
    const { db, translator } = await seeded();
    await db.deleteFrom('translations').where('segment_id', '=', 'h3-regional').where('lang', '=', 'ru').execute();
    const [a, b] = await Promise.all([
      executeCommand(db, translator, {
        action: 'edit',
        documentId: DOC,
        segmentId: 'h3-regional',
        lang: 'ru',
        version: 0,
        text: 'III. Первый',
      }),
      executeCommand(db, translator, {
        action: 'edit',
        documentId: DOC,
        segmentId: 'h3-regional',
        lang: 'ru',
        version: 0,
        text: 'III. Второй',
      }),
    ]);
    expect([a, b].map(outcome).sort()).toEqual(['conflict', 'ok']);
    expect((await state(db, 'h3-regional', 'ru')).version).toBe(1);
  });
});
