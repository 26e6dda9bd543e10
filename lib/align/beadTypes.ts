import type { BeadTypeName } from './types';

export interface BeadType {
  name: BeadTypeName;
  /** Source segments consumed. */
  ds: number;
  /** Target segments consumed. */
  dt: number;
}

/**
 * Order matters: on an exact cost tie the DP keeps the earliest type here,
 * so simpler, more common beads win ties (1-1, then deletions, then merges).
 */
export const BEAD_TYPES: readonly BeadType[] = [
  { name: '1-1', ds: 1, dt: 1 },
  { name: '1-0', ds: 1, dt: 0 },
  { name: '0-1', ds: 0, dt: 1 },
  { name: '2-1', ds: 2, dt: 1 },
  { name: '1-2', ds: 1, dt: 2 },
  { name: '2-2', ds: 2, dt: 2 },
  { name: '3-1', ds: 3, dt: 1 },
  { name: '1-3', ds: 1, dt: 3 },
];

/**
 * Paragraph-level priors. Gale and Church's sentence figures, with 1-0/0-1
 * and 1-3/3-1 added; translations merge more often than they drop text.
 */
export const PARAGRAPH_PRIORS: Record<BeadTypeName, number> = {
  '1-1': 0.89,
  '1-0': 0.006,
  '0-1': 0.006,
  '2-1': 0.04,
  '1-2': 0.04,
  '2-2': 0.01,
  '3-1': 0.004,
  '1-3': 0.004,
};

/** Sentence splits and merges are more frequent than paragraph ones. */
export const SENTENCE_PRIORS: Record<BeadTypeName, number> = {
  '1-1': 0.85,
  '1-0': 0.005,
  '0-1': 0.005,
  '2-1': 0.06,
  '1-2': 0.06,
  '2-2': 0.01,
  '3-1': 0.005,
  '1-3': 0.005,
};

export function priorCosts(
  base: Record<BeadTypeName, number>,
  overrides: Partial<Record<BeadTypeName, number>> | undefined,
): Float64Array {
  const out = new Float64Array(BEAD_TYPES.length);
  BEAD_TYPES.forEach((t, k) => {
    const p = overrides?.[t.name] ?? base[t.name];
    // A zero prior disables the type; Infinity keeps it out of every minimum.
    out[k] = p > 0 ? -Math.log(p) : Infinity;
  });
  return out;
}
