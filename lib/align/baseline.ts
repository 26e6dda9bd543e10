import type { AlignOptions } from './types';

/**
 * Plain Gale–Church (1993) for comparison: raw character counts, c = 1,
 * s2 = 6.8, their priors split evenly between mirror types, no evidence,
 * no 1-3/3-1 beads.
 */
export const GALE_CHURCH_BASELINE: AlignOptions = {
  lengthMode: 'chars',
  ratio: 1,
  variance: 6.8,
  refine: false,
  evidence: false,
  deletionScale: 1,
  priors: {
    '1-1': 0.89,
    '1-0': 0.0099 / 2,
    '0-1': 0.0099 / 2,
    '2-1': 0.089 / 2,
    '1-2': 0.089 / 2,
    '2-2': 0.011,
    '3-1': 0,
    '1-3': 0,
  },
};
