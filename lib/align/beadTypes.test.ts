import { describe, expect, it } from 'vitest';
import { BEAD_TYPES, PARAGRAPH_PRIORS, priorCosts } from './beadTypes';

describe('bead types', () => {
  it('lists 1-1 first so it wins exact ties', () => {
    expect(BEAD_TYPES[0]?.name).toBe('1-1');
  });
  it('turns probabilities into costs and honours overrides', () => {
    const costs = priorCosts(PARAGRAPH_PRIORS, { '2-2': 0 });
    expect(costs[0]).toBeCloseTo(-Math.log(0.89));
    expect(costs[5]).toBe(Infinity);
  });
});
