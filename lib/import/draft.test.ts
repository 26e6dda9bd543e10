import { describe, expect, it } from 'vitest';
import { CELL_JOIN, cellOf, cellText, isEmptyCell, isLowConfidence, LOW_CONFIDENCE, type DraftRow } from './draft';

describe('draft helpers', () => {
  const row: DraftRow = { cells: { en: ['One.', 'Two.'], zh: [] }, confidence: 0.9 };

  it('reads a missing cell as empty', () => {
    expect(cellOf(row, 'en')).toEqual(['One.', 'Two.']);
    expect(cellOf(row, 'ru')).toEqual([]);
  });

  it('treats a cell of blank paragraphs as empty', () => {
    expect(isEmptyCell([])).toBe(true);
    expect(isEmptyCell(['  ', ''])).toBe(true);
    expect(isEmptyCell(['x'])).toBe(false);
  });

  it('joins paragraphs with a blank line, the text splitAt offsets count in', () => {
    expect(CELL_JOIN).toBe('\n\n');
    expect(cellText(['One.', 'Two.'])).toBe('One.\n\nTwo.');
    expect(cellText([])).toBe('');
  });

  it('flags rows below the threshold', () => {
    expect(isLowConfidence(row)).toBe(false);
    expect(isLowConfidence({ ...row, confidence: LOW_CONFIDENCE - 0.01 })).toBe(true);
  });
});
