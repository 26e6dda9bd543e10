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
}

/**
 * Gale–Church bead cost: -log P(type) - log P(|delta| >= observed), with
 * delta = (lt/c - ls) / sqrt(s2 * (mean + 1)) measured in source units. The
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
  const { ratio, variance, priorCost } = model;
  return (i, j, k) => {
    const t = BEAD_TYPES[k]!;
    const prior = priorCost[k] ?? Infinity;
    if (prior === Infinity) return Infinity;
    const ls = (srcPrefix[i] ?? 0) - (srcPrefix[i - t.ds] ?? 0);
    const lt = ((tgtPrefix[j] ?? 0) - (tgtPrefix[j - t.dt] ?? 0)) / ratio;
    const delta = (lt - ls) / Math.sqrt(variance * ((ls + lt) / 2 + 1));
    const extra = evidence ? evidence.cost(i - t.ds, t.ds, j - t.dt, t.dt) : 0;
    return prior + negLogTwoSidedTail(delta) + extra;
  };
}
