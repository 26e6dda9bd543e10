import { describe, expect, it } from 'vitest';
import { seedIfEmpty } from '@/server/content/seed';
import { listEvents } from '@/server/queries/events';
import { executeCommand } from '@/server/translations';
import { executeReplace, type ReplaceResult } from '@/server/translations/replace';
import { CONTENT_DIR, DIALECTS, eventCount, makeActors, useTempDatabase } from './helpers';

const DOC = 'sino-russian-cooperation';
/** "cooperation" in the seed's Russian, in several forms (сотрудничество, сотрудничества ...). */
const FIND = 'сотрудничеств';

function ok(result: ReplaceResult) {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result;
}

describe.each(DIALECTS)('search and replace on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  async function seeded() {
    const { db } = database();
    await seedIfEmpty(db, CONTENT_DIR);
    return { db, ...(await makeActors(database())) };
  }

  async function texts(db: Awaited<ReturnType<typeof seeded>>['db'], lang: string) {
    const rows = await db
      .selectFrom('translations')
      .select(['segment_id', 'text', 'status', 'version'])
      .where('document_id', '=', DOC)
      .where('lang', '=', lang)
      .execute();
    return new Map(rows.map((r) => [r.segment_id, r]));
  }

  it('previews without changing anything, then applies with one edit event per changed translation', async () => {
    const { db, translator } = await seeded();
    const before = await texts(db, 'ru');
    const events = await eventCount(db);
    const request = { documentId: DOC, lang: 'ru', find: FIND, replace: 'взаимодейств' };

    const preview = ok(await executeReplace(db, translator, request, 'preview'));
    expect(preview.summary.translations).toBeGreaterThan(3);
    expect(preview.summary.matches).toBeGreaterThanOrEqual(preview.summary.translations);
    expect(preview.summary.toChange).toBe(preview.summary.translations);
    expect(preview.changes.map((c) => c.number)).toEqual([...preview.changes.map((c) => c.number)].sort((a, b) => a - b));
    for (const change of preview.changes) {
      expect(change.before).toBe(before.get(change.segmentId)?.text);
      expect(change.after).not.toMatch(new RegExp(FIND, 'i'));
      expect(change.after).toContain('взаимодейств');
    }
    expect(await texts(db, 'ru')).toEqual(before);
    expect(await eventCount(db)).toBe(events);

    const applied = ok(await executeReplace(db, translator, { ...request, expected: preview.expected }, 'apply'));
    expect(applied.replaced).toBe(preview.summary.toChange);
    expect(await eventCount(db)).toBe(events + applied.replaced);
    const after = await texts(db, 'ru');
    for (const change of preview.changes) {
      const row = after.get(change.segmentId);
      expect(row).toMatchObject({ text: change.after, status: 'draft', version: change.version + 1 });
      const [latest] = await listEvents(db, DOC, change.segmentId, 'ru');
      expect(latest).toMatchObject({ action: 'edit', textBefore: change.before, textAfter: change.after });
    }
    // Translations without a match are untouched.
    for (const [id, row] of before) if (!preview.expected.some((e) => e.segmentId === id)) expect(after.get(id)).toEqual(row);
  });

  it('leaves checked translations alone; a reviewer may include them, a translator may not', async () => {
    const { db, translator, reviewer, admin } = await seeded();
    const preview = ok(
      await executeReplace(db, translator, { documentId: DOC, lang: 'ru', find: FIND, replace: 'X' }, 'preview'),
    );
    const target = preview.changes[0]!;
    const check = await executeCommand(db, reviewer, {
      action: 'check',
      documentId: DOC,
      segmentId: target.segmentId,
      lang: 'ru',
      version: target.version,
    });
    expect(check.ok).toBe(true);

    const request = { documentId: DOC, lang: 'ru', find: FIND, replace: 'взаимодейств' };
    const skipping = ok(await executeReplace(db, translator, request, 'preview'));
    expect(skipping.changes.find((c) => c.segmentId === target.segmentId)?.skip).toBe('checked');
    expect(skipping.summary.checked).toBe(1);
    expect(skipping.expected.some((e) => e.segmentId === target.segmentId)).toBe(false);
    ok(await executeReplace(db, translator, { ...request, expected: skipping.expected }, 'apply'));
    expect((await texts(db, 'ru')).get(target.segmentId)?.status).toBe('checked');

    expect(await executeReplace(db, translator, { ...request, includeChecked: true }, 'preview')).toEqual({
      ok: false,
      error: 'refused',
      reason: 'forbidden-role',
    });
    const including = ok(await executeReplace(db, admin, { ...request, includeChecked: true }, 'preview'));
    expect(including.expected.map((e) => e.segmentId)).toEqual([target.segmentId]);
    ok(await executeReplace(db, admin, { ...request, includeChecked: true, expected: including.expected }, 'apply'));
    expect((await texts(db, 'ru')).get(target.segmentId)).toMatchObject({ status: 'draft' });
  });

  it('answers stale and changes nothing when a text moved after the preview', async () => {
    const { db, translator, reviewer } = await seeded();
    const request = { documentId: DOC, lang: 'zh', find: '合作', replace: '协作' };
    const preview = ok(await executeReplace(db, translator, request, 'preview'));
    const moved = preview.changes[1]!;
    const edit = await executeCommand(db, reviewer, {
      action: 'edit',
      documentId: DOC,
      segmentId: moved.segmentId,
      lang: 'zh',
      version: moved.version,
      text: `${moved.before}（修订）`,
    });
    expect(edit.ok).toBe(true);
    const before = await texts(db, 'zh');
    const events = await eventCount(db);
    expect(await executeReplace(db, translator, { ...request, expected: preview.expected }, 'apply')).toEqual({
      ok: false,
      error: 'stale',
    });
    expect(await texts(db, 'zh')).toEqual(before);
    expect(await eventCount(db)).toBe(events);
  });

  it('refuses who may not write, and names what is wrong in bad input', async () => {
    const { db, reader, reviewerOfRussian, admin } = await seeded();
    const request = { documentId: DOC, lang: 'zh', find: '合作', replace: '协作' };
    expect(await executeReplace(db, null, request, 'preview')).toMatchObject({ error: 'refused', reason: 'unauthenticated' });
    expect(await executeReplace(db, reader, request, 'preview')).toMatchObject({ error: 'refused', reason: 'forbidden-role' });
    expect(await executeReplace(db, reviewerOfRussian, request, 'preview')).toMatchObject({
      error: 'refused',
      reason: 'forbidden-language',
    });
    expect(await executeReplace(db, admin, { ...request, lang: 'en' }, 'preview')).toMatchObject({
      error: 'refused',
      reason: 'not-a-source-action',
    });
    expect(await executeReplace(db, admin, { ...request, documentId: 'no-such-doc' }, 'preview')).toMatchObject({
      error: 'not-found',
      what: 'document',
    });
    const badPattern = await executeReplace(db, admin, { ...request, find: '合(作', regex: true }, 'preview');
    expect(badPattern).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { find: 'invalidPattern' } });
    expect(badPattern.ok ? '' : 'detail' in badPattern ? badPattern.detail : '').toContain('missing closing )');
    expect(await executeReplace(db, admin, { ...request, find: 'x'.repeat(501) }, 'preview')).toMatchObject({
      error: 'invalid',
      fieldErrors: { find: 'tooLong' },
    });
    expect(await executeReplace(db, admin, 'not an object', 'apply')).toMatchObject({ error: 'invalid' });
  });
});
