/**
 * Interleaving a segment's languages sentence by sentence (the phone layout's option): each
 * sentence gets an order key so that a source sentence is followed by the sentences that
 * render it in the other columns before the next source sentence starts.
 *
 * `columns`: per column in display order, per sentence in text order, the source sentences it
 * renders (for the source column, its own index; the stored sentence links for the others).
 * A sentence without links stays with the one before it, and no column's own order is ever
 * changed. Null when the segment cannot be paired: fewer than two columns, or a column without
 * sentences or without a single link (unknown alignment: it stays one block).
 */
export function interleaveOrder(columns: readonly (readonly (readonly number[])[])[]): number[][] | null {
  if (columns.length < 2) return null;
  if (columns.some((sentences) => sentences.length === 0 || sentences.every((src) => src.length === 0))) return null;
  const width = columns.length;
  return columns.map((sentences, column) => {
    let group = 0;
    return sentences.map((src) => {
      if (src.length > 0) group = Math.max(group, Math.min(...src));
      return group * width + column;
    });
  });
}
