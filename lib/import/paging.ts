import { type ImportDraft, isLowConfidence } from './draft';

/** Rows the alignment editor shows at once: a book's 5,000+ rows would freeze the page. */
export const PAGE_ROWS = 200;

/** The first row of the page holding row `index` (from 0). */
export function pageStart(index: number, size = PAGE_ROWS): number {
  return Math.max(0, Math.floor(index / size) * size);
}

/** The page start to show when the draft has `rows` rows: `start` itself, or the last page's if it shrank below it. */
export function clampStart(start: number, rows: number, size = PAGE_ROWS): number {
  return Math.min(pageStart(start, size), pageStart(Math.max(0, rows - 1), size));
}

/**
 * The next row after `after` (from 0) with low confidence that no person has checked, going
 * round to the start; undefined when there is none. Lets a person check the doubtful rows of a
 * book first, page by page.
 */
export function nextLowConfidence(draft: ImportDraft, after: number): number | undefined {
  const n = draft.rows.length;
  for (let k = 1; k <= n; k++) {
    const index = (after + k + n) % n;
    const row = draft.rows[index]!;
    if (isLowConfidence(row)) return index;
  }
  return undefined;
}

/** How many rows have low confidence and no person's check. */
export function lowConfidenceCount(draft: ImportDraft): number {
  return draft.rows.reduce((count, row) => count + (isLowConfidence(row) ? 1 : 0), 0);
}
