import { BEAD_TYPES } from './beadTypes';
import type { BeadCost } from './dp';
import type { Evidence } from './evidence';
import { negLogTwoSidedTail } from './normalTail';

export interface LengthModel {
  /** Target units per source unit. */
  ratio: number;
  /** Variance of the length difference per unit of mean length. */
  variance: number;
  /** -log prior per bead type, indexed like BEAD_TYPES. */
  priorCost: Float64Array;
  /** Multiplies delta for 1-0 and 0-1 beads (1 = plain Gale–Church). */
  deletionScale: number;
}

/**
 * Gale–Church bead cost: -log P(type) - log P(|delta| >= observed), with
 * delta = (lt/c - ls) / sqrt(s2 * (mean + 1)), both lengths scaled to a unit
 * halfway (geometrically) between source and target units. The
 * mean of both sides (not ls alone) keeps the cost symmetric, so swapping
 * source and target gives the mirror alignment; the +1 keeps one-word
 * headings from having zero variance. Evidence, if any, is added on top.
 */
export function makeBeadCost(
  srcPrefix: Float64Array,
  tgtPrefix: Float64Array,
  model: LengthModel,
  evidence: Evidence | null,
): BeadCost {
  const { ratio, variance, priorCost, deletionScale } = model;
  // Both sides in the geometric-mean unit, so swapping source and target
  // (and inverting the ratio) gives exactly the same cost.
  const sScale = Math.sqrt(ratio);
  const tScale = 1 / sScale;
  return (i, j, k) => {
    const t = BEAD_TYPES[k]!;
    const prior = priorCost[k] ?? Infinity;
    if (prior === Infinity) return Infinity;
    const ls = ((srcPrefix[i] ?? 0) - (srcPrefix[i - t.ds] ?? 0)) * sScale;
    const lt = ((tgtPrefix[j] ?? 0) - (tgtPrefix[j - t.dt] ?? 0)) * tScale;
    let delta = (lt - ls) / Math.sqrt(variance * ((ls + lt) / 2 + 1));
    if (t.ds === 0 || t.dt === 0) delta *= deletionScale;
    const extra = evidence ? evidence.cost(i - t.ds, t.ds, j - t.dt, t.dt) : 0;
    return prior + negLogTwoSidedTail(delta) + extra;
  };
}
