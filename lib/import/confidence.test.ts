import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../align';
import { buildDraft } from './build';
import { NO_SOURCE_CONFIDENCE, changedRows, rescoreRows } from './confidence';
import { CELL_JOIN, cellOf, isLowConfidence, type ImportDraft } from './draft';
import { mergeWithNext, splitAt, type EditResult } from './edit';

const DIR = fileURLToPath(new URL('../../tests/fixtures/import/zh-merged/', import.meta.url));
const text = (lang: string) => splitParagraphs(readFileSync(`${DIR}${lang}.txt`, 'utf8'));
const draft = buildDraft({ lang: 'en', paragraphs: text('en') }, [
  { lang: 'zh', paragraphs: text('zh') },
  { lang: 'ru', paragraphs: text('ru') },
]);

function ok(result: EditResult): ImportDraft {
  if (!result.ok) throw new Error(result.error);
  return result.draft;
}

describe('rescoreRows', () => {
  it('gives the aligner’s own rows about the confidence the aligner gave them', () => {
    const all = rescoreRows(
      draft,
      draft.rows.map((_, i) => i),
    );
    all.rows.forEach((row, i) => {
      expect(row.confidence).toBeGreaterThan(0.5);
      expect(Math.abs(row.confidence - (draft.rows[i]?.confidence ?? 0))).toBeLessThan(0.5);
    });
  });

  it('caps a row with a translation but no original', () => {
    const orphan: ImportDraft = {
      ...draft,
      rows: [...draft.rows, { cells: { en: [], zh: ['多出来的一段。'], ru: [] }, confidence: 1 }],
    };
    const scored = rescoreRows(orphan, [orphan.rows.length - 1]);
    expect(scored.rows.at(-1)?.confidence).toBeLessThanOrEqual(NO_SOURCE_CONFIDENCE);
  });
});

describe('confidence after a fix', () => {
  // Row 4 (0-based 3) of the Russian column is split in the middle: every Russian cell below it
  // now sits one row too low.
  const row = 3;
  const cell = cellOf(draft.rows[row]!, 'ru').join(CELL_JOIN);
  const split = ok(splitAt(draft, row, 'ru', cell.indexOf(' ', Math.floor(cell.length / 2))));

  it('marks the rows the person cut as checked, and rescores the shifted rows below as low', () => {
    expect(split.rows[row]?.checked).toBe(true);
    expect(split.rows[row + 1]?.checked).toBe(true);
    const below = split.rows.slice(row + 2, -1);
    expect(below.length).toBeGreaterThan(2);
    for (const r of below) {
      expect(r.checked).toBeUndefined();
      expect(isLowConfidence(r)).toBe(true);
    }
    // Rows above the cut are untouched: same cells, same confidence.
    expect(split.rows.slice(0, row)).toEqual(draft.rows.slice(0, row));
  });

  it('rescores them high again once the halves are merged back', () => {
    const merged = ok(mergeWithNext(split, row, 'ru'));
    expect(merged.rows).toHaveLength(draft.rows.length);
    expect(merged.rows[row]?.checked).toBe(true);
    for (const r of merged.rows.slice(row + 1)) {
      expect(r.checked).toBeUndefined();
      expect(isLowConfidence(r)).toBe(false);
    }
  });
});

describe('changedRows', () => {
  it('lists rows whose cells differ in any language, and rows that are new', () => {
    const after = [draft.rows[0]!, { ...draft.rows[1]!, cells: { ...draft.rows[1]!.cells, ru: ['x'] } }, draft.rows[2]!];
    expect(changedRows(draft.rows.slice(0, 2), after, draft.languages)).toEqual([1, 2]);
  });
});
