import { describe, expect, it } from 'vitest';
import { BEAD_TYPES, PARAGRAPH_PRIORS, priorCosts } from './beadTypes';
import { makeBeadCost } from './lengthCost';

const idx = (name: string) => BEAD_TYPES.findIndex((t) => t.name === name);
const prefix = (xs: number[]) => Float64Array.from([0, ...xs.map((_, i) => xs.slice(0, i + 1).reduce((a, b) => a + b, 0))]);

describe('makeBeadCost', () => {
  const model = { ratio: 2, variance: 8, priorCost: priorCosts(PARAGRAPH_PRIORS, undefined), deletionScale: 1 };

  it('is cheapest when target length is ratio × source length', () => {
    const cost = makeBeadCost(prefix([100]), prefix([200]), model, null);
    const off = makeBeadCost(prefix([100]), prefix([120]), model, null);
    expect(cost(1, 1, idx('1-1'))).toBeLessThan(off(1, 1, idx('1-1')));
    expect(cost(1, 1, idx('1-1'))).toBeCloseTo(-Math.log(PARAGRAPH_PRIORS['1-1']), 2);
  });

  it('is symmetric under swapping sides and inverting the ratio', () => {
    const ab = makeBeadCost(prefix([80, 50]), prefix([300]), model, null)(2, 1, idx('2-1'));
    const ba = makeBeadCost(prefix([300]), prefix([80, 50]), { ...model, ratio: 0.5 }, null)(1, 2, idx('1-2'));
    expect(ba).toBeCloseTo(ab, 10);
  });

  it('charges deletions their prior only when deletionScale is 0', () => {
    const cost = makeBeadCost(prefix([500]), prefix([]), { ...model, deletionScale: 0 }, null);
    expect(cost(1, 0, idx('1-0'))).toBeCloseTo(-Math.log(PARAGRAPH_PRIORS['1-0']), 6);
    const gc = makeBeadCost(prefix([500]), prefix([]), model, null);
    expect(gc(1, 0, idx('1-0'))).toBeGreaterThan(50);
  });

  it('adds evidence', () => {
    const plain = makeBeadCost(prefix([10]), prefix([20]), model, null)(1, 1, 0);
    const withEv = makeBeadCost(prefix([10]), prefix([20]), model, { cost: () => -1.5 })(1, 1, 0);
    expect(withEv).toBeCloseTo(plain - 1.5);
  });
});
