import type { SegmentKind } from '../content/model';
import type { Lang } from '../languages';
import { changedRows, rescoreRows } from './confidence';
import { cellOf, isEmptyCell, type DraftRow, type ImportDraft } from './draft';

/** The cells of one language down the rows: what the wizard's operations rearrange. */
export function columnOf(draft: ImportDraft, lang: Lang): string[][] {
  return draft.rows.map((row) => [...cellOf(row, lang)]);
}

/**
 * Writes one language's column back without touching the others. A longer column adds rows
 * at the end (empty in the other languages); a shorter one leaves empty cells. Rows named in
 * `touched` (indices before dropping) are marked as checked by a person, who decided them;
 * every other row whose cells changed (the rows a split or move shifted) loses such a mark and
 * is rescored with the aligner's model, so the UI flags what the fix put out of line. Rows left
 * empty in every language are dropped: they would become segments without text. `kinds`, given
 * when the source column moves, are the rows' kinds moved the same way (a kind describes the
 * source text).
 */
export function withColumn(
  draft: ImportDraft,
  lang: Lang,
  column: readonly string[][],
  touched: readonly number[],
  kinds?: readonly (SegmentKind | undefined)[],
): ImportDraft {
  const count = Math.max(draft.rows.length, column.length);
  const rows: DraftRow[] = [];
  for (let i = 0; i < count; i++) {
    const base = draft.rows[i] ?? { cells: Object.fromEntries(draft.languages.map((l) => [l, []])), confidence: 1 };
    const row: DraftRow = { ...base, cells: { ...base.cells, [lang]: column[i] ?? [] } };
    if (kinds) row.kind = kinds[i] ?? 'paragraph';
    rows.push(row);
  }
  const changed = new Set(changedRows(draft.rows, rows, draft.languages));
  rows.forEach((row, i) => {
    if (touched.includes(i)) row.checked = true;
    else if (changed.has(i)) delete row.checked;
  });
  const kept: number[] = [];
  const rescore: number[] = [];
  rows.forEach((row, i) => {
    if (Object.values(row.cells).every(isEmptyCell)) return;
    if (changed.has(i)) rescore.push(kept.length);
    kept.push(i);
  });
  return rescoreRows({ ...draft, rows: kept.map((i) => rows[i] as DraftRow) }, rescore);
}
