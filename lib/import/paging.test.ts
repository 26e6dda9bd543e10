import { describe, expect, it } from 'vitest';
import type { ImportDraft } from './draft';
import { clampStart, lowConfidenceCount, nextLowConfidence, pageStart, PAGE_ROWS } from './paging';

const draft = (confidences: number[], checked: number[] = []): ImportDraft => ({
  sourceLang: 'en',
  languages: ['en', 'zh'],
  rows: confidences.map((confidence, i) => ({
    cells: { en: [`p${i}`], zh: [`段${i}`] },
    confidence,
    ...(checked.includes(i) ? { checked: true } : {}),
  })),
  omitted: [],
});

describe('paging the alignment editor', () => {
  it('finds the page of a row', () => {
    expect(pageStart(0)).toBe(0);
    expect(pageStart(PAGE_ROWS - 1)).toBe(0);
    expect(pageStart(PAGE_ROWS)).toBe(PAGE_ROWS);
    expect(pageStart(1234, 100)).toBe(1200);
  });

  it('moves back to the last page when merges shrank the draft below the page shown', () => {
    expect(clampStart(400, 450)).toBe(400);
    expect(clampStart(400, 390)).toBe(200);
    expect(clampStart(400, 0)).toBe(0);
  });

  it('goes to the next low-confidence row a person has not checked, going round', () => {
    const d = draft([0.9, 0.2, 0.9, 0.1, 0.3], [3]);
    expect(nextLowConfidence(d, -1)).toBe(1);
    expect(nextLowConfidence(d, 1)).toBe(4);
    expect(nextLowConfidence(d, 4)).toBe(1);
    expect(lowConfidenceCount(d)).toBe(2);
    expect(nextLowConfidence(draft([0.9, 0.8]), 0)).toBeUndefined();
  });
});
