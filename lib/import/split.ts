import { CELL_JOIN, isEmptyCell } from './draft';

/**
 * Splits a cell at `offset`, counted in UTF-16 code units of `cellText(cell)` (the
 * paragraphs joined by CELL_JOIN, as the UI shows them and as `textarea.selectionStart`
 * counts). An offset inside a paragraph cuts that paragraph in two (whitespace at the cut is
 * trimmed); an offset anywhere in or at the edges of a separator splits between the two
 * paragraphs. Returns undefined when the offset is not an integer, cuts a surrogate pair, or
 * leaves either side without text (the very start or end, or a cut inside leading or trailing
 * whitespace).
 */
export function splitCell(cell: readonly string[], offset: number): [string[], string[]] | undefined {
  if (!Number.isInteger(offset)) return undefined;
  let start = 0;
  for (let k = 0; k < cell.length; k++) {
    const paragraph = cell[k] ?? '';
    const end = start + paragraph.length;
    if (offset > start && offset < end) {
      if (isLowSurrogate(paragraph.charCodeAt(offset - start))) return undefined;
      return checked(
        [...cell.slice(0, k), paragraph.slice(0, offset - start).trimEnd()],
        [paragraph.slice(offset - start).trimStart(), ...cell.slice(k + 1)],
      );
    }
    if (offset >= end && offset <= end + CELL_JOIN.length && k < cell.length - 1) {
      return checked(cell.slice(0, k + 1), cell.slice(k + 1));
    }
    start = end + CELL_JOIN.length;
  }
  return undefined;
}

function checked(before: string[], after: string[]): [string[], string[]] | undefined {
  const keep = (part: string[]) => part.filter((p) => p.trim().length > 0);
  if (isEmptyCell(before) || isEmptyCell(after)) return undefined;
  return [keep(before), keep(after)];
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
