import type { SegmentKind } from '../content/model';
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
  /**
   * The document's title per language, which becomes a segment of kind `title` before the
   * rows. Absent (the command line's drafts): the first row's guessed kind decides, as before.
   */
  title?: Partial<Record<Lang, string>>;
}

export interface DraftRow {
  /** Paragraphs of this row per language; `[]` (or no key) means none. */
  cells: Partial<Record<Lang, string[]>>;
  /**
   * 0..1: how sure the aligner is that the row's cells say the same thing (the lowest over its
   * target languages); recomputed from the aligner's scoring whenever a fix changes the row.
   */
  confidence: number;
  /** A person moved, fixed or confirmed this row: shown as such instead of a confidence. */
  checked?: boolean;
  /** The segment kind the row becomes; guessed from the source text until a person picks one. */
  kind?: SegmentKind;
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

/** Worth a look: not checked by a person, and the aligner is unsure. */
export function isLowConfidence(row: DraftRow): boolean {
  return row.checked !== true && row.confidence < LOW_CONFIDENCE;
}
