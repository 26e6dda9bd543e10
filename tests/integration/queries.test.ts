import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceHash } from '@/lib/content/hash';
import { seedIfEmpty } from '@/server/content/seed';
import { getReaderDocument, listDocuments } from '@/server/queries/documents';
import { CONTENT_DIR, contentCopy, DIALECTS, useTempDatabase } from './helpers';

const DOC = 'sino-russian-cooperation';
describe.each(DIALECTS)('queries on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  describe('listDocuments', () => {
    it('lists the seed with titles per language and full, unchecked coverage', async () => {
      await seedIfEmpty(database().db, CONTENT_DIR);
      const [doc, ...rest] = await listDocuments(database().db);
      expect(rest).toEqual([]);
      expect(doc?.id).toBe(DOC);
      expect(doc?.titles.en).toBe('Sino-Russian Strategic Cooperation: Responsibilities on Key Issues at a Critical Moment');
      expect(doc?.titles.zh).toMatch(/^中俄/);
      expect(doc?.languages).toEqual(['en', 'zh', 'ru']);
      const untouched = { missing: 0, draft: 15, checked: 0, rejected: 0, outdated: 0, total: 15 };
      expect(doc?.progress).toEqual({ zh: untouched, ru: untouched });
    });

    it('counts a checked translation, and stops counting it once the source changes', async () => {
      await seedIfEmpty(database().db, CONTENT_DIR);
      await database()
        .db.updateTable('translations')
        .set({ status: 'checked' })
        .where('lang', '=', 'zh')
        .where('segment_id', '=', 'title')
        .execute();
      let zh = (await listDocuments(database().db))[0]?.progress.zh;
      expect(zh).toMatchObject({ checked: 1, draft: 14, outdated: 0 });

      const newSource = 'A changed title';
      await database()
        .db.updateTable('translations')
        .set({ text: newSource, source_hash: sourceHash(newSource) })
        .where('lang', '=', 'en')
        .where('segment_id', '=', 'title')
        .execute();
      zh = (await listDocuments(database().db))[0]?.progress.zh;
      expect(zh).toMatchObject({ checked: 0, draft: 14, outdated: 1 });
    });
  });

  describe('getReaderDocument', () => {
    it('returns every segment in order with a cell per language, source first', async () => {
      await seedIfEmpty(database().db, CONTENT_DIR);
      const doc = await getReaderDocument(database().db, DOC);
      expect(doc?.languages).toEqual(['en', 'zh', 'ru']);
      expect(doc?.segments).toHaveLength(15);
      const first = doc?.segments[1];
      expect(first?.id).toBe('intro-conference');
      expect(first?.cells.en).toMatchObject({ status: 'draft', outdated: false, version: 1 });
      expect(first?.cells.ru).toMatchObject({ status: 'draft', outdated: false });
      if (first?.cells.ru?.status !== 'draft') throw new Error('expected text');
      expect(first.cells.ru.text).toContain('25–26\u00a0марта 2016\u00a0года');
      expect(first.cells.zh?.note).toContain('华东师范大学');
    });

    it('shows a segment a language lacks as missing, not as the fallback text', async () => {
      const content = await contentCopy();
      const ruFile = path.join(content, DOC, 'ru.json');
      const ru = JSON.parse(await readFile(ruFile, 'utf8'));
      // A segment without a Russian translator note: the missing cell then carries nothing else.
      delete ru['intro-key-issues'];
      await writeFile(ruFile, JSON.stringify(ru));
      const { warnings } = await seedIfEmpty(database().db, content);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(new RegExp(`content/${DOC}/ru.json: segment "intro-key-issues": translation is missing$`));

      const doc = await getReaderDocument(database().db, DOC);
      const segment = doc?.segments.find((s) => s.id === 'intro-key-issues');
      expect(segment?.cells.ru).toEqual({ status: 'missing' });
      expect(segment?.cells.zh?.status).toBe('draft');
      expect((await listDocuments(database().db))[0]?.progress.ru).toMatchObject({ missing: 1, draft: 14 });
    });

    it('marks translations outdated when their source changed', async () => {
      await seedIfEmpty(database().db, CONTENT_DIR);
      const text = 'Changed source paragraph.';
      await database()
        .db.updateTable('translations')
        .set({ text, source_hash: sourceHash(text) })
        .where('lang', '=', 'en')
        .where('segment_id', '=', 'summary')
        .execute();
      const doc = await getReaderDocument(database().db, DOC);
      const summary = doc?.segments.find((s) => s.id === 'summary');
      expect(summary?.cells.en).toMatchObject({ outdated: false });
      expect(summary?.cells.zh).toMatchObject({ outdated: true });
      expect(summary?.cells.ru).toMatchObject({ outdated: true });
    });

    it('returns undefined for an unknown document', async () => {
      await seedIfEmpty(database().db, CONTENT_DIR);
      expect(await getReaderDocument(database().db, 'no-such-document')).toBeUndefined();
    });
  });
});

describe.each(DIALECTS)('sentence links on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  it('are stored at import and recomputed when a translation changes', async () => {
    const { db } = database();
    await seedIfEmpty(db, CONTENT_DIR);
    let doc = await getReaderDocument(db, DOC);
    const conference = doc?.segments.find((s) => s.id === 'intro-conference');
    // Two English sentences, two Chinese, two Russian: one to one.
    expect(conference?.cells.zh).toMatchObject({ sentenceLinks: [[0], [1]] });
    expect(conference?.cells.ru).toMatchObject({ sentenceLinks: [[0], [1]] });
    expect(conference?.cells.en).not.toHaveProperty('sentenceLinks');

    const { executeCommand } = await import('@/server/translations');
    const merged = '2016年3月25日至26日，50余位专家学者齐聚华东师范大学，探讨中俄关系并提出了不少建议。';
    const result = await executeCommand(
      db,
      { id: 'someone', role: 'translator', languages: null },
      { action: 'edit', documentId: DOC, segmentId: 'intro-conference', lang: 'zh', version: 1, text: merged },
    );
    expect(result.ok).toBe(true);
    doc = await getReaderDocument(db, DOC);
    expect(doc?.segments.find((s) => s.id === 'intro-conference')?.cells.zh).toMatchObject({ sentenceLinks: [[0, 1]] });
  });

  it('are not shown when stale', async () => {
    const { db } = database();
    await seedIfEmpty(db, CONTENT_DIR);
    // A text changed behind the app's back: the stored links no longer fit and are withheld.
    await db
      .updateTable('translations')
      .set({ text: 'Новый текст.' })
      .where('segment_id', '=', 'summary')
      .where('lang', '=', 'ru')
      .execute();
    const doc = await getReaderDocument(db, DOC);
    expect(doc?.segments.find((s) => s.id === 'summary')?.cells.ru).not.toHaveProperty('sentenceLinks');
  });
});

describe('sentence links backfill', () => {
  const database = useTempDatabase('sqlite');

  it('fills in links missing from an older database, once', async () => {
    const { db } = database();
    await seedIfEmpty(db, CONTENT_DIR);
    await db.deleteFrom('sentence_links').execute();
    const { backfillSentenceLinks } = await import('@/server/content/sentences');
    expect(await backfillSentenceLinks(db)).toBe(30);
    expect(await backfillSentenceLinks(db)).toBe(0);
    const doc = await getReaderDocument(db, DOC);
    expect(doc?.segments.find((s) => s.id === 'intro-conference')?.cells.zh).toMatchObject({ sentenceLinks: [[0], [1]] });
  });
});
