import type { Band } from './band';
import { BEAD_TYPES } from './beadTypes';

/** Cost of the bead of type BEAD_TYPES[type] that ends at cell (i, j). */
export type BeadCost = (i: number, j: number, type: number) => number;

export interface Step {
  /** End cell of the bead: source and target positions after it. */
  i: number;
  j: number;
  type: number;
}

export interface PathResult {
  steps: Step[];
  total: number;
  /** Forward (sum-over-paths) costs, when asked for; needed for posteriors. */
  forward?: Float64Array;
}

const NONE = 255;

/** -log(exp(-a) + exp(-b)), stable, Infinity-safe. */
export function softmin(a: number, b: number): number {
  if (a === Infinity) return b;
  if (b === Infinity) return a;
  const lo = Math.min(a, b);
  return lo - Math.log1p(Math.exp(-Math.abs(a - b)));
}

/**
 * Viterbi over the band. Types are tried in BEAD_TYPES order and only a
 * strictly lower cost replaces the current best, so exact ties go to the
 * earlier type (1-1 before 1-0 before 0-1 before 2-1 ...). When `withForward`
 * is set the same sweep also accumulates the forward softmin costs.
 */
export function bestPath(band: Band, cost: BeadCost, withForward: boolean): PathResult {
  const { n, lo, hi, offset } = band;
  const best = new Float64Array(band.size).fill(Infinity);
  const back = new Uint8Array(band.size).fill(NONE);
  const forward = withForward ? new Float64Array(band.size).fill(Infinity) : undefined;
  const types = BEAD_TYPES;

  for (let i = 0; i <= n; i++) {
    const rowLo = lo[i] ?? 0;
    const rowHi = hi[i] ?? 0;
    const rowOff = offset[i] ?? 0;
    for (let j = rowLo; j <= rowHi; j++) {
      const cell = rowOff + j - rowLo;
      if (i === 0 && j === 0) {
        best[cell] = 0;
        if (forward) forward[cell] = 0;
        continue;
      }
      let b = Infinity;
      let bt = NONE;
      let f = Infinity;
      for (let k = 0; k < types.length; k++) {
        const t = types[k]!;
        const pi = i - t.ds;
        const pj = j - t.dt;
        if (pi < 0 || pj < 0) continue;
        const pLo = lo[pi] ?? 0;
        if (pj < pLo || pj > (hi[pi] ?? 0)) continue;
        const pCell = (offset[pi] ?? 0) + pj - pLo;
        const prev = best[pCell] ?? Infinity;
        const prevF = forward ? (forward[pCell] ?? Infinity) : Infinity;
        if (prev === Infinity && prevF === Infinity) continue;
        const c = cost(i, j, k);
        if (prev + c < b) {
          b = prev + c;
          bt = k;
        }
        if (forward) f = softmin(f, prevF + c);
      }
      best[cell] = b;
      back[cell] = bt;
      if (forward) forward[cell] = f;
    }
  }

  const steps: Step[] = [];
  let i = n;
  let j = band.m;
  while (i > 0 || j > 0) {
    const cell = (offset[i] ?? 0) + j - (lo[i] ?? 0);
    const k = back[cell] ?? NONE;
    if (k === NONE) throw new Error('alignment band is disconnected');
    steps.push({ i, j, type: k });
    const t = BEAD_TYPES[k]!;
    i -= t.ds;
    j -= t.dt;
  }
  steps.reverse();
  const total = best[band.size - 1] ?? Infinity;
  return forward ? { steps, total, forward } : { steps, total };
}

/**
 * Posterior probability of each bead on the path: the share of all paths'
 * probability mass (within the band) that goes through that bead. Needs the
 * forward costs from bestPath and one backward sweep.
 */
export function beadPosteriors(band: Band, cost: BeadCost, steps: readonly Step[], forward: Float64Array): number[] {
  const { n, m, lo, hi, offset } = band;
  const backward = new Float64Array(band.size).fill(Infinity);
  backward[band.size - 1] = 0;
  const types = BEAD_TYPES;
  for (let i = n; i >= 0; i--) {
    const rowLo = lo[i] ?? 0;
    const rowOff = offset[i] ?? 0;
    for (let j = hi[i] ?? 0; j >= rowLo; j--) {
      if (i === n && j === m) continue;
      let acc = Infinity;
      for (let k = 0; k < types.length; k++) {
        const t = types[k]!;
        const ni = i + t.ds;
        const nj = j + t.dt;
        if (ni > n || nj > m) continue;
        const nLo = lo[ni] ?? 0;
        if (nj < nLo || nj > (hi[ni] ?? 0)) continue;
        const next = backward[(offset[ni] ?? 0) + nj - nLo] ?? Infinity;
        if (next === Infinity) continue;
        acc = softmin(acc, next + cost(ni, nj, k));
      }
      backward[rowOff + j - rowLo] = acc;
    }
  }
  const total = forward[band.size - 1] ?? Infinity;
  const cellOf = (i: number, j: number) => (offset[i] ?? 0) + j - (lo[i] ?? 0);
  return steps.map((s) => {
    const t = BEAD_TYPES[s.type]!;
    const start = forward[cellOf(s.i - t.ds, s.j - t.dt)] ?? Infinity;
    const end = backward[cellOf(s.i, s.j)] ?? Infinity;
    const p = Math.exp(total - start - cost(s.i, s.j, s.type) - end);
    return Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0;
  });
}
