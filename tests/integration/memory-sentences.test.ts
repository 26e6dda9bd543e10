import { describe, expect, it } from 'vitest';
import type { ContentDocument } from '@/lib/content/model';
import { importContentDocument } from '@/server/content/import';
import { listMemorySuggestions, listSentenceSuggestions } from '@/server/queries/memory';
import { executeCommand } from '@/server/translations';
import { DIALECTS, importChecked, reviewerRita, useTempDatabase } from './helpers';

function doc(id: string, texts: ContentDocument['texts']): ContentDocument {
  return {
    id,
    sourceLang: 'en',
    languages: ['en', 'zh', 'ru'],
    segments: Object.keys(texts.en ?? {}).map((segment) => ({ id: segment, kind: 'paragraph' as const, notes: {} })),
    texts,
  };
}

const TRAIN = doc('memory-train', {
  en: {
    tea: 'By morning the window showed only birches. The attendant brought tea in glass holders.',
    other: 'Nobody on the train had seen the lake before.',
  },
  zh: {
    tea: '到了早晨，窗外只剩白桦林。乘务员端来装在玻璃杯托里的茶。',
    other: '车上没有人见过这片湖。',
  },
  ru: {
    tea: 'К утру за окном остались только берёзы. Проводница принесла чай в подстаканниках.',
    other: 'Никто в поезде раньше не видел озера.',
  },
});

const ROAD = doc('memory-road', {
  en: {
    exact: 'We crossed the Ob at dawn. The attendant brought tea in glass holders.',
    fuzzy: 'The attendant brought coffee in glass holders.',
  },
  zh: {},
  ru: {},
});

describe.each(DIALECTS)('sentence-level translation memory on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  it('suggests the linked sentence of a checked translation whose source sentence recurs', async () => {
    const { db } = database();
    const rita = await reviewerRita(database());
    await importChecked(db, rita, TRAIN, [{ segmentId: 'tea', lang: 'zh' }]);
    await importContentDocument(db, ROAD, { actor: null });

    // The whole segment is a fuzzy segment match; after it, the second sentence, which recurs
    // word for word: its Chinese sentence alone, marked as sentence 2 of 2.
    expect(await listMemorySuggestions(db, 'memory-road', 'exact', 'zh')).toEqual([
      {
        text: TRAIN.texts.zh?.tea,
        source: TRAIN.texts.en?.tea,
        documentId: 'memory-train',
        segmentId: 'tea',
        match: { score: 62, exact: false, edits: 6, length: 16 },
      },
      {
        text: '乘务员端来装在玻璃杯托里的茶。',
        source: 'The attendant brought tea in glass holders.',
        documentId: 'memory-train',
        segmentId: 'tea',
        match: { score: 100, exact: true, edits: 0, length: 8 },
        sentence: { number: 2, count: 2 },
      },
    ]);
    // A similar sentence: a fuzzy match with its score and how it was counted.
    expect(await listSentenceSuggestions(db, 'memory-road', 'fuzzy', 'zh')).toEqual([
      {
        text: '乘务员端来装在玻璃杯托里的茶。',
        source: 'The attendant brought tea in glass holders.',
        documentId: 'memory-train',
        segmentId: 'tea',
        match: { score: 87, exact: false, edits: 1, length: 8 },
        sentence: { number: 1, count: 1 },
      },
    ]);
    // Only the checked language is offered; an unknown segment or the source language is no request.
    expect(await listSentenceSuggestions(db, 'memory-road', 'exact', 'ru')).toEqual([]);
    expect(await listSentenceSuggestions(db, 'memory-road', 'exact', 'en')).toBeUndefined();
    expect(await listSentenceSuggestions(db, 'memory-road', 'nope', 'zh')).toBeUndefined();

    // Once the checked translation is edited it is a draft again, and drafts are not memory.
    const edited = await executeCommand(db, rita, {
      action: 'edit',
      documentId: 'memory-train',
      segmentId: 'tea',
      lang: 'zh',
      version: 2,
      text: '到了早晨，窗外只剩白桦林。乘务员端来了茶。',
    });
    expect(edited.ok).toBe(true);
    expect(await listSentenceSuggestions(db, 'memory-road', 'exact', 'zh')).toEqual([]);
  });
});
