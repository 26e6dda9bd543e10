import { BEAD_TYPES } from './beadTypes';
import type { Step } from './dp';

/** Whole-text ratio of target to source length; 1 when either side is empty. */
export function totalRatio(srcPrefix: Float64Array, tgtPrefix: Float64Array): number {
  const s = srcPrefix[srcPrefix.length - 1] ?? 0;
  const t = tgtPrefix[tgtPrefix.length - 1] ?? 0;
  return s > 0 && t > 0 ? t / s : 1;
}

const MIN_BEADS = 12;
const MIN_LENGTH = 10;

/**
 * The ratio re-estimated from the 1-1 beads of a first alignment, as the
 * median of per-bead log ratios. Material present on one side only (a
 * preface, a dropped section) skews the whole-text ratio but not the 1-1
 * beads, and the median ignores the few wrong ones. Undefined with too
 * little data. (The variance is not re-estimated: a robust estimate is
 * narrower than the real, heavy-tailed spread and made alignment worse.)
 */
export function refineRatio(steps: readonly Step[], srcPrefix: Float64Array, tgtPrefix: Float64Array): number | undefined {
  const logRatios: number[] = [];
  for (const s of steps) {
    if (BEAD_TYPES[s.type]?.name !== '1-1') continue;
    const ls = (srcPrefix[s.i] ?? 0) - (srcPrefix[s.i - 1] ?? 0);
    const lt = (tgtPrefix[s.j] ?? 0) - (tgtPrefix[s.j - 1] ?? 0);
    if (ls >= MIN_LENGTH && lt >= MIN_LENGTH) logRatios.push(Math.log(lt / ls));
  }
  return logRatios.length < MIN_BEADS ? undefined : Math.exp(median(logRatios));
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
