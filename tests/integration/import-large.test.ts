import { describe, expect, it } from 'vitest';
import type { ContentDocument } from '@/lib/content/model';
import { importContentDocument } from '@/server/content/import';
import { DIALECTS, useTempDatabase } from './helpers';

/** A book-sized document: more rows than one statement may carry parameters for. */
function book(segments: number): ContentDocument {
  const ids = Array.from({ length: segments }, (_, i) => `p${i + 1}`);
  const texts = (make: (i: number) => string) => Object.fromEntries(ids.map((id, i) => [id, make(i)]));
  return {
    id: 'long-book',
    sourceLang: 'en',
    languages: ['en', 'zh', 'ru'],
    segments: ids.map((id) => ({ id, kind: 'paragraph', notes: {} })),
    texts: {
      en: texts((i) => `Paragraph ${i + 1} of the book. It has two sentences.`),
      zh: texts((i) => `本书第${i + 1}段。它有两个句子。`),
      ru: texts((i) => `Абзац ${i + 1} книги. В нём два предложения.`),
    },
  };
}

describe.each(DIALECTS)('importing a long document on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  it('writes every segment, text, event and sentence link', async () => {
    const { db } = database();
    await importContentDocument(db, book(4000), { actor: null });
    const count = async (table: 'segments' | 'translations' | 'events' | 'sentence_links') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('segments')).toBe(4000);
    expect(await count('translations')).toBe(12000);
    expect(await count('events')).toBe(12000);
    expect(await count('sentence_links')).toBe(8000);
    const link = await db
      .selectFrom('sentence_links')
      .select('links')
      .where('segment_id', '=', 'p4000')
      .where('lang', '=', 'zh')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(link.links)).toEqual([[0], [1]]);
  }, 60_000);
});
