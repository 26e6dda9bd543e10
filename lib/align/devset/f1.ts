export interface Score {
  correct: number;
  predicted: number;
  gold: number;
}

/** Any bead shape: two texts (Bead) or three (JointBead). */
type AnyBead = readonly (readonly number[])[];

const key = (b: AnyBead) => b.map((side) => side.join(',')).join('|');

/** Strict matching: a predicted bead counts only if a gold bead is identical. */
export function scoreBeads(predicted: readonly AnyBead[], gold: readonly AnyBead[]): Score {
  const goldKeys = new Set(gold.map(key));
  const correct = predicted.filter((b) => goldKeys.has(key(b))).length;
  return { correct, predicted: predicted.length, gold: gold.length };
}

export function addScores(a: Score, b: Score): Score {
  return { correct: a.correct + b.correct, predicted: a.predicted + b.predicted, gold: a.gold + b.gold };
}

export const EMPTY_SCORE: Score = { correct: 0, predicted: 0, gold: 0 };

export function f1(s: Score): number {
  const p = s.predicted ? s.correct / s.predicted : 0;
  const r = s.gold ? s.correct / s.gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
