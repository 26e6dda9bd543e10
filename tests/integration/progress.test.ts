import { describe, expect, it } from 'vitest';
import { sourceHash } from '@/lib/content/hash';
import { STATUSES, type Status } from '@/lib/content/model';
import { progress } from '@/lib/review';
import { documentProgress, progressByDocument } from '@/server/queries/progress';
import { DIALECTS, useTempDatabase } from './helpers';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** What a translation row may hold (no row at all is `missing`). */
const STORED = STATUSES.filter((s) => s !== 'missing');

describe.each(DIALECTS)('progress in SQL on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  it('gives exactly what lib/review counts on the same rows, for every status and outdated flag', async () => {
    const { db } = database();
    const next = random(dialect === 'sqlite' ? 7 : 11);
    const documents = ['alpha', 'beta'];
    const expected = new Map<string, ReturnType<typeof progress>>();
    for (const [d, id] of documents.entries()) {
      const segments = 40 + d * 13;
      await db.insertInto('documents').values({ id, source_lang: 'en', created_at: '2026-01-01T00:00:00Z' }).execute();
      await db
        .insertInto('document_languages')
        .values(['en', 'zh', 'ru'].map((lang, position) => ({ document_id: id, lang, position })))
        .execute();
      const rows: Record<'zh' | 'ru', { status: Status; outdated: boolean }[]> = { zh: [], ru: [] };
      for (let i = 0; i < segments; i++) {
        const segmentId = `s${i}`;
        const source = `Source ${id} ${i}`;
        await db.insertInto('segments').values({ document_id: id, id: segmentId, position: i, kind: 'paragraph' }).execute();
        const base = {
          document_id: id,
          segment_id: segmentId,
          version: 1,
          updated_at: '2026-01-01T00:00:00Z',
          updated_by: null,
          text_author: null,
        };
        await db
          .insertInto('translations')
          .values({ ...base, lang: 'en', text: source, status: 'draft', source_hash: sourceHash(source) })
          .execute();
        for (const lang of ['zh', 'ru'] as const) {
          // Every stored status, with and without a stale hash; some segments left missing.
          if (next() < 0.15) continue;
          const status = STORED[Math.floor(next() * STORED.length)] as Status;
          const outdated = next() < 0.4;
          const hash = outdated ? sourceHash(`older ${source}`) : sourceHash(source);
          await db
            .insertInto('translations')
            .values({ ...base, lang, text: `${lang} ${i}`, status, source_hash: hash })
            .execute();
          rows[lang].push({ status, outdated });
        }
      }
      for (const lang of ['zh', 'ru'] as const) expected.set(`${id}/${lang}`, progress(rows[lang], segments));
    }

    const all = await progressByDocument(db);
    for (const id of documents) {
      const perLang = await documentProgress(db, id);
      for (const lang of ['zh', 'ru'] as const) {
        expect(perLang[lang], `${id}/${lang}`).toEqual(expected.get(`${id}/${lang}`));
        expect(all.get(id)?.[lang], `${id}/${lang} among all`).toEqual(expected.get(`${id}/${lang}`));
      }
      // The source language has no progress of its own.
      expect(perLang.en).toBeUndefined();
    }
    // Outdated rejections stay rejected, outdated drafts and checks are outdated: the case the SQL once got wrong.
    const sample = expected.get('alpha/zh');
    expect(sample && sample.outdated + sample.checked + sample.draft + sample.rejected + sample.missing).toBe(sample?.total);
  });

  it('has every segment missing for a language nobody has translated yet', async () => {
    const { db } = database();
    await db.insertInto('documents').values({ id: 'empty', source_lang: 'en', created_at: '2026-01-01T00:00:00Z' }).execute();
    await db
      .insertInto('document_languages')
      .values([
        { document_id: 'empty', lang: 'en', position: 0 },
        { document_id: 'empty', lang: 'ru', position: 1 },
      ])
      .execute();
    await db.insertInto('segments').values({ document_id: 'empty', id: 'only', position: 0, kind: 'title' }).execute();
    expect(await documentProgress(db, 'empty')).toEqual({
      ru: { missing: 1, draft: 0, checked: 0, rejected: 0, outdated: 0, total: 1 },
    });
  });
});
