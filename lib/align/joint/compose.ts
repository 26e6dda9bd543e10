import type { AlignResult, Bead } from '../types';
import type { JointBead, JointResult } from './align';

/**
 * Three-text beads from two pairwise alignments through the first text (first–second,
 * first–third), the way rows were built before the joint aligner: the finest groups of the
 * first text that no bead of either alignment straddles; a bead without first-text
 * paragraphs joins the group before it (the first group when none came before).
 */
export function composePairwise(n: number, ab: readonly Bead[], ac: readonly Bead[]): JointBead[] {
  const joined = new Array<boolean>(Math.max(0, n - 1)).fill(false);
  for (const beads of [ab, ac]) for (const [src] of beads) for (let x = 1; x < src.length; x++) joined[src[x - 1]!] = true;
  const groupOf: number[] = [];
  let g = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && !joined[i - 1]) g += 1;
    groupOf.push(g);
  }
  const out: JointBead[] = Array.from({ length: n > 0 ? g + 1 : 1 }, () => [[], [], []]);
  for (let i = 0; i < n; i++) out[groupOf[i]!]![0].push(i);
  ([ab, ac] as const).forEach((beads, x) => {
    let previous = 0;
    for (const [src, tgt] of beads) {
      const group = src.length > 0 ? groupOf[src[0]!]! : previous;
      out[group]![x + 1]!.push(...tgt);
      previous = group;
    }
  });
  return out.filter((b) => b.some((side) => side.length > 0));
}

/**
 * A joint alignment seen from the first text and one other (x = 1 or 2), as a pairwise
 * result; beads empty in both are left out, each keeps its joint bead's confidence.
 */
export function projectJoint(joint: JointResult, x: 1 | 2): AlignResult {
  const beads: Bead[] = [];
  const confidence: number[] = [];
  joint.beads.forEach((b, k) => {
    if (b[0].length + b[x].length === 0) return;
    beads.push([b[0], b[x]]);
    confidence.push(joint.confidence[k] ?? 0);
  });
  return { beads, confidence, ratio: x === 1 ? joint.ratios[0] : joint.ratios[1], variance: joint.variance, band: joint.band };
}
