import type { Lang } from '../languages';
import { columnOf, withColumn } from './column';
import { isEmptyCell, type ImportDraft } from './draft';
import { splitCell } from './split';

export { draftProblems, type DraftProblem } from './problems';

/**
 * Why an operation was refused. The wizard offers only valid operations, but its state may
 * be stale, so refusals are values for it to show, not exceptions.
 */
export type EditError =
  'out-of-range' | 'unknown-language' | 'no-next-row' | 'nothing-to-split' | 'bad-offset' | 'cannot-move-up' | 'empty-cell';

export type EditResult = { ok: true; draft: ImportDraft } | { ok: false; error: EditError };

// Every operation rearranges ONE language's column (rows are 0-based) and leaves the other
// languages where they are: fixing a misaligned translation must not disturb the source.

/** Appends the cell below to this one; the rest of the column moves up one row. */
export function mergeWithNext(draft: ImportDraft, row: number, lang: Lang): EditResult {
  const refused = locate(draft, row, lang);
  if (refused) return refused;
  if (row === draft.rows.length - 1) return { ok: false, error: 'no-next-row' };
  const column = columnOf(draft, lang);
  const merged = [...(column[row] ?? []), ...(column[row + 1] ?? [])];
  return done(withColumn(draft, lang, [...column.slice(0, row), merged, ...column.slice(row + 2), []], [row]));
}

/**
 * Splits this cell at `offset` (UTF-16 units of the paragraphs joined by CELL_JOIN, see
 * splitCell); the part after goes into a new cell below and the rest of the column moves
 * down one row, adding a row at the end when needed.
 */
export function splitAt(draft: ImportDraft, row: number, lang: Lang, offset: number): EditResult {
  const refused = locate(draft, row, lang);
  if (refused) return refused;
  const column = columnOf(draft, lang);
  const cell = column[row] ?? [];
  if (isEmptyCell(cell)) return { ok: false, error: 'nothing-to-split' };
  const parts = splitCell(cell, offset);
  if (!parts) return { ok: false, error: 'bad-offset' };
  return done(withColumn(draft, lang, [...column.slice(0, row), ...parts, ...column.slice(row + 1)], [row, row + 1]));
}

/** Inserts an empty cell here, so this cell and everything below it move down one row. */
export function moveDown(draft: ImportDraft, row: number, lang: Lang): EditResult {
  const refused = locate(draft, row, lang);
  if (refused) return refused;
  const column = columnOf(draft, lang);
  return done(withColumn(draft, lang, [...column.slice(0, row), [], ...column.slice(row)], [row, row + 1]));
}

/** Moves this cell and everything below it up one row; only into an empty cell, so nothing is merged by accident. */
export function moveUp(draft: ImportDraft, row: number, lang: Lang): EditResult {
  const refused = locate(draft, row, lang);
  if (refused) return refused;
  const column = columnOf(draft, lang);
  if (row === 0 || !isEmptyCell(column[row - 1] ?? [])) return { ok: false, error: 'cannot-move-up' };
  return done(withColumn(draft, lang, [...column.slice(0, row - 1), ...column.slice(row), []], [row - 1]));
}

/** Leaves this cell's paragraphs out of the import (kept in `omitted`); the cell stays, empty. */
export function omit(draft: ImportDraft, row: number, lang: Lang): EditResult {
  const refused = locate(draft, row, lang);
  if (refused) return refused;
  const column = columnOf(draft, lang);
  const cell = column[row] ?? [];
  if (isEmptyCell(cell)) return { ok: false, error: 'empty-cell' };
  const omitted = [...draft.omitted, ...cell.filter((p) => p.trim().length > 0).map((text) => ({ lang, text }))];
  const edited = withColumn(draft, lang, column.with(row, []), [row]);
  return done({ ...edited, omitted });
}

function locate(draft: ImportDraft, row: number, lang: Lang): { ok: false; error: EditError } | undefined {
  if (!draft.languages.includes(lang)) return { ok: false, error: 'unknown-language' };
  if (!Number.isInteger(row) || row < 0 || row >= draft.rows.length) return { ok: false, error: 'out-of-range' };
  return undefined;
}

function done(draft: ImportDraft): EditResult {
  return { ok: true, draft };
}
