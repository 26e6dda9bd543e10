import { describe, expect, it } from 'vitest';
import { seedIfEmpty } from '@/server/content/seed';
import { listClaims, releaseClaim, takeClaim } from '@/server/claims/store';
import { CONTENT_DIR, DIALECTS, eventCount, makeActors, useTempDatabase } from './helpers';

const DOC = 'sino-russian-cooperation';
const SEG = 'p1-potential';
const ref = { documentId: DOC, segmentId: SEG, lang: 'zh' } as const;
const at = (time: string) => new Date(`2026-12-01T${time}Z`);

describe.each(DIALECTS)('soft claims on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  async function seeded() {
    const { db } = database();
    await seedIfEmpty(db, CONTENT_DIR);
    return { db, ...(await makeActors(database())) };
  }

  it('are taken, renewed, seen by name, released, and lapse on their own two minutes after the last renewal', async () => {
    const { db, translator, reviewer } = await seeded();
    const events = await eventCount(db);

    expect(await takeClaim(db, reviewer.id, ref, at('12:00:00'))).toBe(true);
    expect(await takeClaim(db, translator.id, ref, at('12:00:30'))).toBe(true);
    // Both are on it: it is soft, nobody is refused.
    expect((await listClaims(db, DOC, 'zh', at('12:01:00'))).map((c) => [c.name, c.expiresAt])).toEqual([
      ['reviewer', '2026-12-01T12:02:00.000Z'],
      ['translator', '2026-12-01T12:02:30.000Z'],
    ]);
    // Another language of the same segment is another translation.
    expect(await listClaims(db, DOC, 'ru', at('12:01:00'))).toEqual([]);

    // The reviewer keeps typing: renewed, one row still.
    expect(await takeClaim(db, reviewer.id, ref, at('12:01:50'))).toBe(true);
    // Past the translator's two minutes without a renewal: only the reviewer is left.
    expect((await listClaims(db, DOC, 'zh', at('12:02:31'))).map((c) => c.name)).toEqual(['reviewer']);
    // Lapsed rows are cleared by the next claim, not just hidden.
    await takeClaim(db, reviewer.id, ref, at('12:03:00'));
    const rows = await db.selectFrom('claims').select('user_id').execute();
    expect(rows.map((r) => r.user_id)).toEqual([reviewer.id]);

    await releaseClaim(db, reviewer.id, ref);
    expect(await listClaims(db, DOC, 'zh', at('12:03:01'))).toEqual([]);
    // Claims are not translation changes: history did not move.
    expect(await eventCount(db)).toBe(events);
  });

  it('name only real segments of visible documents', async () => {
    const { db, translator } = await seeded();
    expect(await takeClaim(db, translator.id, { ...ref, segmentId: 'no-such-segment' }, at('12:00:00'))).toBe(false);
    expect(await takeClaim(db, translator.id, { ...ref, documentId: 'no-such-document' }, at('12:00:00'))).toBe(false);
    expect(await listClaims(db, DOC, 'zh', at('12:00:01'))).toEqual([]);
  });
});
