import { describe, expect, it } from 'vitest';
import { columnOf, withColumn } from './column';
import type { ImportDraft } from './draft';

const draft: ImportDraft = {
  sourceLang: 'en',
  languages: ['en', 'zh'],
  rows: [
    { cells: { en: ['A'], zh: ['甲'] }, confidence: 0.4 },
    { cells: { en: ['B'], zh: [] }, confidence: 0.2 },
  ],
  omitted: [],
};

describe('columnOf / withColumn', () => {
  it('reads a column as copies', () => {
    const column = columnOf(draft, 'zh');
    expect(column).toEqual([['甲'], []]);
    column[0]?.push('x');
    expect(draft.rows[0]?.cells.zh).toEqual(['甲']);
  });

  it('appends rows for a longer column, empty in the other languages', () => {
    const next = withColumn(draft, 'zh', [[], ['甲'], ['乙']], [1]);
    expect(next.rows).toEqual([
      { cells: { en: ['A'], zh: [] }, confidence: 0.4 },
      { cells: { en: ['B'], zh: ['甲'] }, confidence: 1 },
      { cells: { en: [], zh: ['乙'] }, confidence: 1 },
    ]);
  });

  it('drops rows left empty in every language and keeps the confidence of untouched rows', () => {
    const next = withColumn(draft, 'en', [['A'], []], []);
    expect(next.rows).toEqual([{ cells: { en: ['A'], zh: ['甲'] }, confidence: 0.4 }]);
  });

  it('leaves the input alone', () => {
    const before = structuredClone(draft);
    withColumn(draft, 'zh', [['x'], ['y'], ['z']], [0, 1, 2]);
    expect(draft).toEqual(before);
  });
});
