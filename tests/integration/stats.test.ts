import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedIfEmpty } from '@/server/content/seed';
import { documentProgress } from '@/server/queries/progress';
import { getDocumentStats } from '@/server/queries/stats';
import { executeCommand } from '@/server/translations';
import { executeConversationCommand } from '@/server/translations/comments';
import { CONTENT_DIR, DIALECTS, makeActors, useTempDatabase } from './helpers';

const DOC = 'sino-russian-cooperation';

/** History needs days: the clock (Date only) is set to each day before the real write path runs. */
function on(time: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(time));
}

describe.each(DIALECTS)('document statistics on %s', (dialect) => {
  const database = useTempDatabase(dialect);
  afterEach(() => vi.useRealTimers());

  async function current(segmentId: string, lang: 'zh' | 'ru') {
    return database()
      .db.selectFrom('translations')
      .select(['text', 'version'])
      .where('document_id', '=', DOC)
      .where('segment_id', '=', segmentId)
      .where('lang', '=', lang)
      .executeTakeFirstOrThrow();
  }

  it('rebuilds progress per day from events and counts each person’s work per week', async () => {
    const { db } = database();
    on('2026-11-02T09:00:00Z');
    await seedIfEmpty(db, CONTENT_DIR);
    const { translator, reviewer } = await makeActors(database());
    const segments = await db.selectFrom('segments').select('id').where('document_id', '=', DOC).orderBy('position').execute();
    const [first, second] = segments.map((s) => s.id) as [string, string];

    on('2026-11-10T10:00:00Z');
    const zh = await current(first, 'zh');
    const edit = await executeCommand(db, translator, {
      action: 'edit',
      documentId: DOC,
      segmentId: first,
      lang: 'zh',
      version: zh.version,
      text: `${zh.text}！`,
    });
    expect(edit.ok).toBe(true);

    on('2026-11-11T10:00:00Z');
    expect(
      (
        await executeCommand(db, reviewer, {
          action: 'check',
          documentId: DOC,
          segmentId: first,
          lang: 'zh',
          version: zh.version + 1,
        })
      ).ok,
    ).toBe(true);
    const ru = await current(second, 'ru');
    expect(
      (
        await executeCommand(db, reviewer, {
          action: 'reject',
          documentId: DOC,
          segmentId: second,
          lang: 'ru',
          version: ru.version,
          comment: 'Wrong term.',
        })
      ).ok,
    ).toBe(true);
    const reply = await executeConversationCommand(db, translator, {
      action: 'comment',
      documentId: DOC,
      segmentId: second,
      lang: 'ru',
      body: 'Which one?',
    });
    expect(reply.ok).toBe(true);
    vi.useRealTimers();

    const stats = await getDocumentStats(db, DOC, { people: true, now: new Date('2026-11-12T12:00:00Z'), weeks: 3 });
    const total = segments.length;
    const zhSeries = stats?.progress.find((p) => p.lang === 'zh')?.points;
    expect(zhSeries?.map((p) => [p.day, p.counts.checked, p.counts.draft, p.counts.missing])).toEqual([
      ['2026-11-02', 0, total, 0],
      ['2026-11-10', 0, total, 0],
      ['2026-11-11', 1, total - 1, 0],
    ]);
    const ruSeries = stats?.progress.find((p) => p.lang === 'ru')?.points;
    expect(ruSeries?.at(-1)?.counts.rejected).toBe(1);
    // The last day of the rebuilt history agrees with today's progress, counted by another query.
    const now = await documentProgress(db, DOC);
    for (const { lang, points } of stats?.progress ?? []) {
      const { total: _, ...counts } = now[lang] ?? { total: 0 };
      expect(points.at(-1)?.counts).toEqual(counts);
    }

    expect(stats?.activity?.weeks).toEqual(['2026-10-26', '2026-11-02', '2026-11-09']);
    const byName = new Map(stats?.activity?.people.map((p) => [p.name, p]));
    expect(byName.get('translator')?.weeks).toEqual([
      { edits: 0, checks: 0, rejections: 0, comments: 0 },
      { edits: 0, checks: 0, rejections: 0, comments: 0 },
      { edits: 1, checks: 0, rejections: 0, comments: 1 },
    ]);
    expect(byName.get('reviewer')?.total).toEqual({ edits: 0, checks: 1, rejections: 1, comments: 0 });
    // Imports are nobody's review work: nobody else shows up.
    expect([...byName.keys()].sort()).toEqual(['reviewer', 'translator']);
  });

  it('names nobody without a session, and knows no document it cannot show', async () => {
    const { db } = database();
    await seedIfEmpty(db, CONTENT_DIR);
    const stats = await getDocumentStats(db, DOC, { people: false });
    expect(stats?.activity).toBeNull();
    expect(stats?.progress.map((p) => p.lang).sort()).toEqual(['ru', 'zh']);
    expect(await getDocumentStats(db, 'no-such-document', { people: true })).toBeUndefined();
  });
});
