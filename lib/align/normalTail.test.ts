import { describe, expect, it } from 'vitest';
import { negLogTwoSidedTail } from './normalTail';

describe('negLogTwoSidedTail', () => {
  it('is zero at zero and symmetric', () => {
    expect(negLogTwoSidedTail(0)).toBeCloseTo(0, 5);
    expect(negLogTwoSidedTail(-1.5)).toBe(negLogTwoSidedTail(1.5));
  });
  it('matches known two-sided tail probabilities', () => {
    expect(Math.exp(-negLogTwoSidedTail(1.959964))).toBeCloseTo(0.05, 4);
    expect(Math.exp(-negLogTwoSidedTail(1))).toBeCloseTo(0.3173, 3);
  });
  it('stays finite, increasing and continuous far in the tail', () => {
    const at = (x: number) => negLogTwoSidedTail(x);
    expect(Number.isFinite(at(60))).toBe(true);
    expect(at(60)).toBeGreaterThan(at(40));
    const edge = 3 * Math.SQRT2;
    expect(Math.abs(at(edge - 1e-9) - at(edge + 1e-9))).toBeLessThan(0.01);
    // log P(|Z|>6) = log(1.973e-9)
    expect(at(6)).toBeCloseTo(-Math.log(1.973175e-9), 2);
  });
});
