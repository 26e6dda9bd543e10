import { describe, expect, it } from 'vitest';
import { columnOf, withColumn } from './column';
import { NO_SOURCE_CONFIDENCE } from './confidence';
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
    expect(next.rows.map((r) => r.cells)).toEqual([
      { en: ['A'], zh: [] },
      { en: ['B'], zh: ['甲'] },
      { en: [], zh: ['乙'] },
    ]);
    // The touched row is a person's; the others changed, so they lose no mark but are rescored.
    expect(next.rows.map((r) => r.checked === true)).toEqual([false, true, false]);
    expect(next.rows[0]?.confidence).not.toBe(0.4);
    // A translation without an original is never trusted much.
    expect(next.rows[2]?.confidence).toBeLessThanOrEqual(NO_SOURCE_CONFIDENCE);
  });

  it('drops rows left empty in every language and keeps the confidence of untouched rows', () => {
    const next = withColumn(draft, 'en', [['A'], []], []);
    expect(next.rows).toEqual([{ cells: { en: ['A'], zh: ['甲'] }, confidence: 0.4 }]);
  });

  it('moves the kinds with the source column, and takes a person’s mark off a row a fix shifted', () => {
    const marked: ImportDraft = {
      ...draft,
      rows: [
        { cells: { en: ['A'], zh: ['甲'] }, confidence: 0.4, kind: 'heading', checked: true },
        { cells: { en: ['B'], zh: ['乙'] }, confidence: 0.9, kind: 'paragraph', checked: true },
      ],
    };
    const next = withColumn(marked, 'en', [[], ['A'], ['B']], [0], [undefined, 'heading', 'paragraph']);
    expect(next.rows.map((r) => [r.kind, r.checked === true])).toEqual([
      ['paragraph', true],
      ['heading', false],
      ['paragraph', false],
    ]);
  });

  it('leaves the input alone', () => {
    const before = structuredClone(draft);
    withColumn(draft, 'zh', [['x'], ['y'], ['z']], [0, 1, 2]);
    expect(draft).toEqual(before);
  });
});
