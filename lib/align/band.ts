/**
 * For each source position i (0..n) the allowed target positions lo[i]..hi[i].
 * Cells of row i live at offset[i] + (j - lo[i]) in flat arrays.
 */
export interface Band {
  n: number;
  m: number;
  lo: Int32Array;
  hi: Int32Array;
  offset: Int32Array;
  size: number;
  halfWidth: number;
  /** True when every row spans the whole target range. */
  full: boolean;
}

/**
 * The band follows the length diagonal (equal fractions of total length on
 * both sides) rather than i*m/n, so uneven paragraph counts do not bend the
 * true path out of it.
 */
export function lengthDiagonal(srcPrefix: Float64Array, tgtPrefix: Float64Array): Int32Array {
  const n = srcPrefix.length - 1;
  const m = tgtPrefix.length - 1;
  const centre = new Int32Array(n + 1);
  const sTotal = srcPrefix[n] ?? 0;
  const tTotal = tgtPrefix[m] ?? 0;
  if (sTotal <= 0 || tTotal <= 0) {
    for (let i = 0; i <= n; i++) centre[i] = n === 0 ? m : Math.round((i * m) / n);
    return centre;
  }
  let j = 0;
  for (let i = 0; i <= n; i++) {
    const want = ((srcPrefix[i] ?? 0) / sTotal) * tTotal;
    while (j < m && Math.abs((tgtPrefix[j + 1] ?? 0) - want) <= Math.abs((tgtPrefix[j] ?? 0) - want)) j++;
    centre[i] = j;
  }
  centre[0] = 0;
  centre[n] = m;
  return centre;
}

export function makeBand(centre: Int32Array, m: number, halfWidth: number): Band {
  const n = centre.length - 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const offset = new Int32Array(n + 2);
  let full = true;
  for (let i = 0; i <= n; i++) {
    const c = centre[i] ?? 0;
    let l = Math.max(0, c - halfWidth);
    const h = Math.min(m, c + halfWidth);
    // Rows must overlap so a vertical step (1-0 bead) can always leave the previous row.
    if (i > 0) l = Math.min(l, hi[i - 1] ?? 0);
    if (i === 0) l = 0;
    lo[i] = l;
    hi[i] = i === n ? m : h;
    if (l > 0 || (hi[i] ?? 0) < m) full = false;
    offset[i + 1] = (offset[i] ?? 0) + (hi[i] ?? 0) - l + 1;
  }
  return { n, m, lo, hi, offset, size: offset[n + 1] ?? 0, halfWidth, full };
}

/**
 * Whether a path cell sits within `margin` of a band edge that is not also
 * the matrix edge: then a better path might lie outside the band.
 */
export function nearEdge(band: Band, i: number, j: number, margin: number): boolean {
  const lo = band.lo[i] ?? 0;
  const hi = band.hi[i] ?? 0;
  return (lo > 0 && j - lo < margin) || (hi < band.m && hi - j < margin);
}
