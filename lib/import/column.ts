import type { Lang } from '../languages';
import { cellOf, isEmptyCell, type DraftRow, type ImportDraft } from './draft';

/** The cells of one language down the rows: what the wizard's operations rearrange. */
export function columnOf(draft: ImportDraft, lang: Lang): string[][] {
  return draft.rows.map((row) => [...cellOf(row, lang)]);
}

/**
 * Writes one language's column back without touching the others. A longer column adds rows
 * at the end (empty in the other languages); a shorter one leaves empty cells. Rows named in
 * `touched` (indices before dropping) get confidence 1 because a person decided them; the
 * others keep theirs so the UI still flags rows nobody has looked at. Rows left empty in
 * every language are dropped: they would become segments without text.
 */
export function withColumn(draft: ImportDraft, lang: Lang, column: readonly string[][], touched: readonly number[]): ImportDraft {
  const count = Math.max(draft.rows.length, column.length);
  const rows: DraftRow[] = [];
  for (let i = 0; i < count; i++) {
    const base = draft.rows[i] ?? { cells: Object.fromEntries(draft.languages.map((l) => [l, []])), confidence: 1 };
    rows.push({
      cells: { ...base.cells, [lang]: column[i] ?? [] },
      confidence: touched.includes(i) ? 1 : base.confidence,
    });
  }
  return { ...draft, rows: rows.filter((row) => !Object.values(row.cells).every(isEmptyCell)) };
}
