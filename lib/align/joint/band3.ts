import { BEAD_TYPES } from '../beadTypes';
import type { Step } from '../dp';

/**
 * A band in three dimensions: for each position i of the first text, a rectangle of
 * positions j (second text) and k (third text). Cells of row i live at
 * offset[i] + (j - jLo[i]) * kSpan(i) + (k - kLo[i]).
 */
export interface Band3 {
  n: number;
  m: number;
  p: number;
  jLo: Int32Array;
  jHi: Int32Array;
  kLo: Int32Array;
  kHi: Int32Array;
  offset: Int32Array;
  size: number;
  halfWidth: number;
  /** True when every row spans both whole ranges. */
  full: boolean;
}

/**
 * Lowest and highest second-text position a pairwise path visits in each row of the first
 * text; a row the path jumps over (inside a 2-x bead) takes the position it jumped from.
 */
export function pathSpans(steps: readonly Step[], n: number): { lo: Int32Array; hi: Int32Array } {
  const lo = new Int32Array(n + 1).fill(-1);
  const hi = new Int32Array(n + 1).fill(-1);
  lo[0] = 0;
  hi[0] = 0;
  let last = 0;
  for (const s of steps) {
    const t = BEAD_TYPES[s.type]!;
    for (let i = s.i - t.ds + 1; i < s.i; i++) {
      lo[i] = last;
      hi[i] = last;
    }
    if (lo[s.i] === -1) lo[s.i] = s.j;
    hi[s.i] = s.j;
    last = s.j;
  }
  return { lo, hi };
}

/** The band of halfWidth cells around two pairwise paths (first–second, first–third). */
export function makeBand3(
  spanJ: { lo: Int32Array; hi: Int32Array },
  spanK: { lo: Int32Array; hi: Int32Array },
  m: number,
  p: number,
  halfWidth: number,
): Band3 {
  const n = spanJ.lo.length - 1;
  const jLo = new Int32Array(n + 1);
  const jHi = new Int32Array(n + 1);
  const kLo = new Int32Array(n + 1);
  const kHi = new Int32Array(n + 1);
  const offset = new Int32Array(n + 2);
  let full = true;
  for (let i = 0; i <= n; i++) {
    jLo[i] = i === 0 ? 0 : Math.max(0, spanJ.lo[i]! - halfWidth);
    jHi[i] = i === n ? m : Math.min(m, spanJ.hi[i]! + halfWidth);
    kLo[i] = i === 0 ? 0 : Math.max(0, spanK.lo[i]! - halfWidth);
    kHi[i] = i === n ? p : Math.min(p, spanK.hi[i]! + halfWidth);
    // Consecutive rows overlap, so any step in i alone (x-0-0) stays inside.
    if (i > 0) {
      jLo[i] = Math.min(jLo[i]!, jHi[i - 1]!);
      kLo[i] = Math.min(kLo[i]!, kHi[i - 1]!);
      jHi[i] = Math.max(jHi[i]!, jLo[i - 1]!);
      kHi[i] = Math.max(kHi[i]!, kLo[i - 1]!);
    }
    if (jLo[i]! > 0 || jHi[i]! < m || kLo[i]! > 0 || kHi[i]! < p) full = false;
    offset[i + 1] = offset[i]! + (jHi[i]! - jLo[i]! + 1) * (kHi[i]! - kLo[i]! + 1);
  }
  return { n, m, p, jLo, jHi, kLo, kHi, offset, size: offset[n + 1]!, halfWidth, full };
}

/** Index of cell (i, j, k), or -1 outside the band. */
export function cellOf(band: Band3, i: number, j: number, k: number): number {
  if (i < 0 || i > band.n) return -1;
  const jl = band.jLo[i]!;
  const kl = band.kLo[i]!;
  const kh = band.kHi[i]!;
  if (j < jl || j > band.jHi[i]! || k < kl || k > kh) return -1;
  return band.offset[i]! + (j - jl) * (kh - kl + 1) + (k - kl);
}

/** Whether (i, j, k) lies within margin of a band edge that is not the matrix edge. */
export function nearEdge3(band: Band3, i: number, j: number, k: number, margin: number): boolean {
  const jl = band.jLo[i]!;
  const jh = band.jHi[i]!;
  const kl = band.kLo[i]!;
  const kh = band.kHi[i]!;
  return (
    (jl > 0 && j - jl < margin) ||
    (jh < band.m && jh - j < margin) ||
    (kl > 0 && k - kl < margin) ||
    (kh < band.p && kh - k < margin)
  );
}
