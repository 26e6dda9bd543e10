import { describe, expect, it } from 'vitest';
import type { ContentDocument } from '@/lib/content/model';
import { type Actor, matchesFilters, type ReviewFilters } from '@/lib/review';
import { importContentDocument } from '@/server/content/import';
import { getWorkspace, matchingSegments, WORKSPACE_PAGE_SIZE } from '@/server/queries/workspace';
import { executeBulkCheckMatching, executeCommand } from '@/server/translations';
import { createUser } from '@/server/users';
import { DIALECTS, eventCount, type TempDatabase, useTempDatabase } from './helpers';

const DOC = 'long-doc';
const SEGMENTS = 180;

/** A document long enough for several pages, with a little of everything to filter on. */
function longDocument(): ContentDocument {
  const segments = Array.from({ length: SEGMENTS }, (_, i) => ({ id: `s${i}`, kind: 'paragraph' as const, notes: {} }));
  const en: Record<string, string> = {};
  const ru: Record<string, string> = {};
  segments.forEach((s, i) => {
    en[s.id] = `Paragraph ${i} about ${i % 7 === 0 ? 'the Yellow River' : 'the steppe'}.`;
    // Every fifth segment is missing; a few use ё where a search might type е.
    if (i % 5 !== 4) ru[s.id] = i % 11 === 0 ? `Абзац ${i}: ещё одна ёлка.` : `Абзац ${i} о степи.`;
  });
  return { id: DOC, sourceLang: 'en', languages: ['en', 'ru'], segments, texts: { en, ru } };
}

async function user({ auth }: TempDatabase, role: 'reviewer' | 'translator' | 'admin'): Promise<Actor> {
  const u = await createUser(auth, {
    email: `${role}@example.test`,
    name: role,
    password: 'paging-password-1',
    role,
    languages: null,
  });
  return { id: u.id, role: u.role, languages: null };
}

describe.each(DIALECTS)('the workspace filters and pages in the database, on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  async function setUp() {
    const { db } = database();
    await importContentDocument(db, longDocument(), { actor: null });
    const reviewer = await user(database(), 'reviewer');
    const admin = await user(database(), 'admin');
    // Some variety: a few checked, one rejected with a comment, sources changed under a few.
    for (const i of [0, 1, 2, 3]) {
      expect(
        (await executeCommand(db, reviewer, { action: 'check', documentId: DOC, segmentId: `s${i}`, lang: 'ru', version: 1 })).ok,
      ).toBe(true);
    }
    expect(
      (
        await executeCommand(db, reviewer, {
          action: 'reject',
          documentId: DOC,
          segmentId: 's6',
          lang: 'ru',
          version: 1,
          comment: 'Степь: см. глоссарий.',
        })
      ).ok,
    ).toBe(true);
    for (const i of [1, 7, 8]) {
      const r = await executeCommand(db, admin, {
        action: 'editSource',
        documentId: DOC,
        segmentId: `s${i}`,
        lang: 'en',
        version: 1,
        text: `Changed ${i}.`,
        change: 'meaning',
      });
      expect(r.ok).toBe(true);
    }
    return { db, reviewer, admin };
  }

  it('finds exactly the rows lib/review’s filter finds, for every filter, across all pages', async () => {
    const { db } = await setUp();
    const everything: ReviewFilters = {};
    const all = await getWorkspace(db, DOC, 'ru', everything, 1, 10_000);
    expect(all?.rows).toHaveLength(SEGMENTS);
    const cases: ReviewFilters[] = [
      { status: 'checked' },
      { status: 'draft' },
      { status: 'missing' },
      { status: 'rejected' },
      { outdated: true },
      { comments: true },
      { q: 'ЕЩЕ ОДНА ЕЛКА' },
      { q: 'yellow river' },
      { status: 'draft', outdated: true },
    ];
    for (const filters of cases) {
      const expected = all?.rows.filter((row) => matchesFilters(row, filters)).map((r) => r.segmentId);
      const { ids } = await matchingSegments(db, DOC, 'en', 'ru', filters);
      expect(ids, JSON.stringify(filters)).toEqual(expected);
      expect(ids.length, JSON.stringify(filters)).toBeGreaterThan(0);
    }
  });

  it('pages the matching rows in document order, with their numbers, and clamps a page out of range', async () => {
    const { db } = await setUp();
    const first = await getWorkspace(db, DOC, 'ru', {}, 1);
    expect(first?.paging).toEqual({
      page: 1,
      pageSize: WORKSPACE_PAGE_SIZE,
      pages: Math.ceil(SEGMENTS / WORKSPACE_PAGE_SIZE),
      matching: SEGMENTS,
      total: SEGMENTS,
    });
    const second = await getWorkspace(db, DOC, 'ru', {}, 2);
    expect(second?.rows[0]).toMatchObject({ segmentId: `s${WORKSPACE_PAGE_SIZE}`, number: WORKSPACE_PAGE_SIZE + 1 });
    const beyond = await getWorkspace(db, DOC, 'ru', {}, 999);
    expect(beyond?.paging.page).toBe(beyond?.paging.pages);
    const drafts = await getWorkspace(db, DOC, 'ru', { status: 'missing' }, 1);
    expect(drafts?.paging.matching).toBe(SEGMENTS / 5);
    expect(drafts?.rows.every((r) => r.target.status === 'missing')).toBe(true);
    // Progress is the whole document's, whatever the page.
    expect(second?.progress.ru?.total).toBe(SEGMENTS);
  });

  it('checks every matching translation in one go, one event each, skipping what cannot be checked', async () => {
    const { db, reviewer } = await setUp();
    const events = () => eventCount(db);
    const before = await events();
    const { ids } = await matchingSegments(db, DOC, 'en', 'ru', { q: 'ёлка' });
    const result = await executeBulkCheckMatching(db, reviewer, { documentId: DOC, lang: 'ru', filters: { q: 'ёлка' } });
    // s0 is already checked: skipped; the others with the word are drafts: checked.
    expect(result).toMatchObject({ ok: true, checked: ids.length - 1, skipped: 1 });
    expect(await events()).toBe(before + ids.length - 1);
    const after = await getWorkspace(db, DOC, 'ru', { q: 'ёлка' }, 1);
    expect(after?.rows.every((r) => r.target.status === 'checked')).toBe(true);

    const translator = await user(database(), 'translator');
    const refused = await executeBulkCheckMatching(db, translator, { documentId: DOC, lang: 'ru', filters: { status: 'draft' } });
    expect(refused).toMatchObject({ ok: true, checked: 0 });
    expect(await events()).toBe(before + ids.length - 1);
    expect(await executeBulkCheckMatching(db, reviewer, { documentId: DOC, lang: 'xx' })).toMatchObject({
      ok: false,
      error: 'invalid',
    });
  });
});
