import type { BeadTypeName } from '../types';

/** A joint bead type: paragraphs consumed from the first, second and third text. */
export interface JointType {
  a: number;
  b: number;
  c: number;
  /** Like '1-2-1'. */
  name: string;
  /** -log prior. */
  prior: number;
}

const MAX_GROUP = 3;

/**
 * -log prior of a pairwise group shape from the pairwise priors: 0-0 is free, x-0 and 0-x are
 * x deletions, anything else must be a pairwise bead type (else Infinity).
 */
export function pairShapeCost(x: number, y: number, priors: Record<BeadTypeName, number>): number {
  if (x === 0 && y === 0) return 0;
  const del = (n: number) => n * -Math.log(priors['1-0']);
  if (y === 0) return del(x);
  if (x === 0) return del(y);
  const p = priors[`${x}-${y}` as BeadTypeName] as number | undefined;
  return p !== undefined && p > 0 ? -Math.log(p) : Infinity;
}

/**
 * Every shape (a, b, c) with groups of at most three paragraphs whose three pairwise
 * projections are pairwise shapes (so 1-1-1, 2-1-1, 1-2-1, 1-1-0, 1-0-0, 2-2-1 ...), with
 * prior cost half the sum of its three projections' costs: each text appears in two of the
 * three pairs. Sorted by cost, so on an exact tie the DP keeps the simpler, commoner shape.
 */
export function jointTypes(priors: Record<BeadTypeName, number>): JointType[] {
  const out: JointType[] = [];
  for (let a = 0; a <= MAX_GROUP; a++) {
    for (let b = 0; b <= MAX_GROUP; b++) {
      for (let c = 0; c <= MAX_GROUP; c++) {
        if (a + b + c === 0) continue;
        const prior = 0.5 * (pairShapeCost(a, b, priors) + pairShapeCost(a, c, priors) + pairShapeCost(b, c, priors));
        if (prior === Infinity) continue;
        // A group of two or more paragraphs facing nothing in both other texts is two deletions.
        if ([a, b, c].filter((x) => x === 0).length === 2 && a + b + c > 1) continue;
        out.push({ a, b, c, name: `${a}-${b}-${c}`, prior });
      }
    }
  }
  return out.sort((x, y) => x.prior - y.prior || x.a + x.b + x.c - (y.a + y.b + y.c));
}
