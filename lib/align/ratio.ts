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
/** MAD of a standard normal. */
const MAD_TO_SIGMA = 1.4826;

/**
 * Ratio and variance re-estimated from the 1-1 beads of a first alignment.
 * Material present on one side only (a preface, a dropped section) skews the
 * whole-text ratio but not the 1-1 beads, and the median absolute deviation
 * ignores the few wrong beads. Returns undefined with too little data.
 */
export function refineFromPath(
  steps: readonly Step[],
  srcPrefix: Float64Array,
  tgtPrefix: Float64Array,
): { ratio: number; variance: number } | undefined {
  const pairs: [number, number][] = [];
  for (const s of steps) {
    if (BEAD_TYPES[s.type]?.name !== '1-1') continue;
    const ls = (srcPrefix[s.i] ?? 0) - (srcPrefix[s.i - 1] ?? 0);
    const lt = (tgtPrefix[s.j] ?? 0) - (tgtPrefix[s.j - 1] ?? 0);
    if (ls >= MIN_LENGTH && lt >= MIN_LENGTH) pairs.push([ls, lt]);
  }
  if (pairs.length < MIN_BEADS) return undefined;
  const logRatios = pairs.map(([ls, lt]) => Math.log(lt / ls));
  const ratio = Math.exp(median(logRatios));
  const residuals = pairs.map(([ls, lt]) => {
    const t = lt / ratio;
    return Math.abs(t - ls) / Math.sqrt((ls + t) / 2 + 1);
  });
  const sigma = MAD_TO_SIGMA * median(residuals);
  return { ratio, variance: sigma * sigma };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
