import { splitParagraphs } from '../align';
import type { SegmentKind } from '../content/model';
import type { Lang } from '../languages';
import { columnOf, withColumn } from './column';
import { rescoreRows } from './confidence';
import { isEmptyCell, type ImportDraft } from './draft';
import { rowKind } from './kinds';
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
  const kinds = kindsIf(draft, lang, (k) => [...k.slice(0, row), k[row], ...k.slice(row + 2), 'paragraph']);
  return done(withColumn(draft, lang, [...column.slice(0, row), merged, ...column.slice(row + 2), []], [row], kinds));
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
  // The part cut off continues the row's text: a paragraph's half is a paragraph, never a
  // heading because it happens to be short (nor a second title or heading).
  const kinds = kindsIf(draft, lang, (k) => [...k.slice(0, row), k[row], continuation(k[row]), ...k.slice(row + 1)]);
  return done(withColumn(draft, lang, [...column.slice(0, row), ...parts, ...column.slice(row + 1)], [row, row + 1], kinds));
}

/** Inserts an empty cell here, so this cell and everything below it move down one row. */
export function moveDown(draft: ImportDraft, row: number, lang: Lang): EditResult {
  const refused = locate(draft, row, lang);
  if (refused) return refused;
  const column = columnOf(draft, lang);
  const kinds = kindsIf(draft, lang, (k) => [...k.slice(0, row), 'paragraph', ...k.slice(row)]);
  return done(withColumn(draft, lang, [...column.slice(0, row), [], ...column.slice(row)], [row, row + 1], kinds));
}

/** Moves this cell and everything below it up one row; only into an empty cell, so nothing is merged by accident. */
export function moveUp(draft: ImportDraft, row: number, lang: Lang): EditResult {
  const refused = locate(draft, row, lang);
  if (refused) return refused;
  const column = columnOf(draft, lang);
  if (row === 0 || !isEmptyCell(column[row - 1] ?? [])) return { ok: false, error: 'cannot-move-up' };
  const kinds = kindsIf(draft, lang, (k) => [...k.slice(0, row - 1), ...k.slice(row), 'paragraph']);
  return done(withColumn(draft, lang, [...column.slice(0, row - 1), ...column.slice(row), []], [row - 1], kinds));
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

/**
 * Replaces a cell's text with what a person typed (a typo fixed): paragraphs are separated by
 * a blank line, as the cell shows them. The row counts as checked by a person and is rescored.
 * An empty text empties the cell (the translation will be missing), but use `omit` to keep it.
 */
export function editCell(draft: ImportDraft, row: number, lang: Lang, text: string): EditResult {
  const refused = locate(draft, row, lang);
  if (refused) return refused;
  const rows = draft.rows.map((r, i) =>
    i === row ? { ...r, cells: { ...r.cells, [lang]: splitParagraphs(text) }, checked: true } : r,
  );
  return done(rescoreRows({ ...draft, rows }, [row]));
}

/** Sets the kind of segment a row becomes. */
export function setKind(draft: ImportDraft, row: number, kind: SegmentKind): EditResult {
  const refused = locate(draft, row, draft.sourceLang);
  if (refused) return refused;
  return done({ ...draft, rows: draft.rows.map((r, i) => (i === row ? { ...r, kind } : r)) });
}

/**
 * Marks a row as checked by a person (they looked and it is right), or takes the mark away;
 * either way its confidence is the aligner's again underneath.
 */
export function setChecked(draft: ImportDraft, row: number, checked: boolean): EditResult {
  const refused = locate(draft, row, draft.sourceLang);
  if (refused) return refused;
  return done({
    ...draft,
    rows: draft.rows.map((r, i) => {
      if (i !== row) return r;
      const { checked: _was, ...rest } = r;
      return checked ? { ...rest, checked: true } : rest;
    }),
  });
}

/** The title in one language (trimmed; empty means none in that language). */
export function setTitle(draft: ImportDraft, lang: Lang, text: string): EditResult {
  if (!draft.languages.includes(lang)) return { ok: false, error: 'unknown-language' };
  return done({ ...draft, title: { ...draft.title, [lang]: text.replace(/\s+/g, ' ').trim() } });
}

/** The kinds of every row moved like the source column, or nothing when another column moves. */
function kindsIf(
  draft: ImportDraft,
  lang: Lang,
  move: (kinds: (SegmentKind | undefined)[]) => (SegmentKind | undefined)[],
): (SegmentKind | undefined)[] | undefined {
  if (lang !== draft.sourceLang) return undefined;
  return move(draft.rows.map((_, i) => rowKind(draft, i)));
}

function continuation(kind: SegmentKind | undefined): SegmentKind {
  return kind === 'list-item' || kind === 'note' ? kind : 'paragraph';
}

function locate(draft: ImportDraft, row: number, lang: Lang): { ok: false; error: EditError } | undefined {
  if (!draft.languages.includes(lang)) return { ok: false, error: 'unknown-language' };
  if (!Number.isInteger(row) || row < 0 || row >= draft.rows.length) return { ok: false, error: 'out-of-range' };
  return undefined;
}

function done(draft: ImportDraft): EditResult {
  return { ok: true, draft };
}
