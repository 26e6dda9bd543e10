import type { Lang } from '../languages';

/**
 * The editable model behind "import with automatic alignment": rows of cells, one cell per
 * language, each cell the paragraphs of that language that say what the row's source says.
 * Rows become segments; the wizard edits one language column at a time.
 */
export interface ImportDraft {
  sourceLang: Lang;
  /** Source first, then targets in the order they were given. */
  languages: Lang[];
  rows: DraftRow[];
  /** Paragraphs the person chose to leave out of the import, kept so the UI can show or restore them. */
  omitted: { lang: Lang; text: string }[];
}

export interface DraftRow {
  /** Paragraphs of this row per language; `[]` (or no key) means none. */
  cells: Partial<Record<Lang, string[]>>;
  /** 0..1: the lowest confidence of the alignments that formed this row; 1 once a person edited it. */
  confidence: number;
}

/**
 * How the UI shows a cell as one editable text, and what `splitAt` offsets count in: the
 * paragraphs joined by a blank line. Paragraphs never contain a blank line (splitParagraphs
 * turns line breaks into spaces), so the join is unambiguous.
 */
export const CELL_JOIN = '\n\n';

/** Rows below this confidence are worth a person's look. */
export const LOW_CONFIDENCE = 0.5;

export function cellOf(row: DraftRow, lang: Lang): string[] {
  return row.cells[lang] ?? [];
}

/** A cell counts as empty when it has no paragraph with visible text. */
export function isEmptyCell(cell: readonly string[]): boolean {
  return cell.every((p) => p.trim().length === 0);
}

/** The cell as the UI shows it (see CELL_JOIN). */
export function cellText(cell: readonly string[]): string {
  return cell.join(CELL_JOIN);
}

export function isLowConfidence(row: DraftRow): boolean {
  return row.confidence < LOW_CONFIDENCE;
}
