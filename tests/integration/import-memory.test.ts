import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocumentDir } from '@/lib/content/load';
import type { ContentDocument } from '@/lib/content/model';
import { importContentDocument, memoryComment } from '@/server/content/import';
import { DIALECTS, importChecked, reviewerRita, useTempDatabase } from './helpers';

const PRACTICE = path.resolve(__dirname, '../fixtures/e2e-review/review-practice');

async function practice(): Promise<ContentDocument> {
  const loaded = await loadDocumentDir(PRACTICE);
  if (!loaded.ok) throw new Error('fixture');
  return loaded.document;
}

describe.each(DIALECTS)('pre-translation from translation memory on import, %s', (dialect) => {
  const database = useTempDatabase(dialect);

  it('fills missing or empty targets whose source has a checked translation elsewhere, as drafts that say where from', async () => {
    const { db } = database();
    const rita = await reviewerRita(database());
    const base = await practice();
    await importChecked(
      db,
      rita,
      { ...base, id: 'memory-a' },
      ['departure', 'lake', 'arrival'].map((segmentId) => ({ segmentId, lang: 'zh' as const })),
    );

    // departure's Chinese is missing, lake's is empty, tea's has its own text; Russian is
    // missing for departure but was never checked; arrival's Chinese is missing and was checked,
    // but its source here has one more word.
    const zh: Record<string, string> = { ...base.texts.zh, lake: '' };
    delete zh.departure;
    delete zh.arrival;
    const ru: Record<string, string> = { ...base.texts.ru };
    delete ru.departure;
    const en = { ...base.texts.en, arrival: `${base.texts.en?.arrival ?? ''} Again.` };
    const result = await importContentDocument(db, { ...base, id: 'memory-b', texts: { en, zh, ru } }, { actor: rita.id });
    expect(result).toEqual({ preTranslated: 2 });

    const rows = await db
      .selectFrom('translations')
      .select(['segment_id', 'lang', 'text', 'status'])
      .where('document_id', '=', 'memory-b')
      .where('segment_id', 'in', ['departure', 'lake', 'tea'])
      .where('lang', '!=', 'en')
      .orderBy('segment_id')
      .orderBy('lang')
      .execute();
    expect(rows).toEqual([
      { segment_id: 'departure', lang: 'zh', text: base.texts.zh?.departure, status: 'draft' },
      { segment_id: 'lake', lang: 'ru', text: base.texts.ru?.lake, status: 'draft' },
      { segment_id: 'lake', lang: 'zh', text: base.texts.zh?.lake, status: 'draft' },
      { segment_id: 'tea', lang: 'ru', text: base.texts.ru?.tea, status: 'draft' },
      { segment_id: 'tea', lang: 'zh', text: base.texts.zh?.tea, status: 'draft' },
    ]);
    const events = await db
      .selectFrom('events')
      .select(['segment_id', 'lang', 'action', 'actor', 'comment', 'text_after'])
      .where('document_id', '=', 'memory-b')
      .where('comment', 'is not', null)
      .orderBy('segment_id')
      .execute();
    expect(events).toEqual([
      {
        segment_id: 'departure',
        lang: 'zh',
        action: 'import',
        actor: rita.id,
        comment: memoryComment({ documentId: 'memory-a', segmentId: 'departure' }),
        text_after: base.texts.zh?.departure,
      },
      {
        segment_id: 'lake',
        lang: 'zh',
        action: 'import',
        actor: rita.id,
        comment: memoryComment({ documentId: 'memory-a', segmentId: 'lake' }),
        text_after: base.texts.zh?.lake,
      },
    ]);
    expect(memoryComment({ documentId: 'memory-a', segmentId: 'lake' })).toBe(
      'Pre-translated from translation memory: memory-a, segment lake',
    );
    // The changed source got nothing: only exact matches are pre-translations.
    const arrival = await db
      .selectFrom('translations')
      .select('text')
      .where('document_id', '=', 'memory-b')
      .where('segment_id', '=', 'arrival')
      .where('lang', '=', 'zh')
      .executeTakeFirst();
    expect(arrival).toBeUndefined();
  });
});
