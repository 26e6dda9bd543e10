import { lengthDiagonal, makeBand } from './band';
import { BEAD_TYPES, PARAGRAPH_PRIORS, priorCosts } from './beadTypes';
import { beadPosteriors, bestPath, type Step } from './dp';
import { buildEvidence } from './evidence';
import { prefixLengths } from './length';
import { makeBeadCost } from './lengthCost';
import { totalRatio } from './ratio';
import { DEFAULT_VARIANCE } from './segments';
import type { Bead } from './types';

/** Extra band width around a given path, so the alternatives near it are weighed too. */
const MARGIN = 4;

/**
 * How sure the paragraph model is of each bead of an alignment someone else made (a person
 * fixing an import, say): the posterior probability of the bead under the same length and
 * evidence costs alignParagraphs uses, summed over every path in a band around the given one.
 * A bead the model would never choose (a shifted pair, a long paragraph against a short one)
 * gets a low value; one it agrees with gets about what alignParagraphs would have said. Beads
 * of a shape the model has no type for (4-1, 0-0) get 0. `ratio` is target units per source
 * unit, estimated from these texts when omitted (pass the whole document's when these are a
 * window of it).
 */
export function pathPosteriors(
  src: readonly string[],
  tgt: readonly string[],
  path: readonly Bead[],
  opts: { ratio?: number } = {},
): number[] {
  if (path.length === 0) return [];
  const sp = prefixLengths(src, 'normalised');
  const tp = prefixLengths(tgt, 'normalised');
  const cost = makeBeadCost(
    sp,
    tp,
    {
      ratio: opts.ratio ?? totalRatio(sp, tp),
      variance: DEFAULT_VARIANCE.normalised,
      priorCost: priorCosts(PARAGRAPH_PRIORS, undefined),
      deletionScale: 0,
    },
    buildEvidence(src, tgt, sp, tp),
  );
  const centre = lengthDiagonal(sp, tp);
  const steps: (Step | undefined)[] = [];
  let i = 0;
  let j = 0;
  let halfWidth = MARGIN;
  for (const [s, t] of path) {
    i += s.length;
    j += t.length;
    const type = BEAD_TYPES.findIndex((b) => b.ds === s.length && b.dt === t.length);
    steps.push(type >= 0 ? { i, j, type } : undefined);
    halfWidth = Math.max(halfWidth, Math.abs(j - (centre[Math.min(i, src.length)] ?? 0)) + MARGIN);
  }
  if (i !== src.length || j !== tgt.length) throw new RangeError('the path must cover both texts exactly');
  const band = makeBand(centre, tgt.length, halfWidth);
  const { forward } = bestPath(band, cost, true);
  if (!forward) return path.map(() => 0);
  const known = steps.filter((s): s is Step => s !== undefined);
  const posteriors = beadPosteriors(band, cost, known, forward);
  let k = 0;
  return steps.map((s) => (s === undefined ? 0 : (posteriors[k++] ?? 0)));
}
