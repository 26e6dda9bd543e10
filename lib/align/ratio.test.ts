import { describe, expect, it } from 'vitest';
import { BEAD_TYPES } from './beadTypes';
import type { Step } from './dp';
import { median, refineRatio, totalRatio } from './ratio';

const prefix = (xs: number[]) => {
  const out = new Float64Array(xs.length + 1);
  xs.forEach((x, i) => (out[i + 1] = (out[i] ?? 0) + x));
  return out;
};

describe('ratio estimation', () => {
  it('uses totals first', () => {
    expect(totalRatio(prefix([10, 30]), prefix([20, 60]))).toBe(2);
    expect(totalRatio(prefix([]), prefix([5]))).toBe(1);
  });

  it('refines from 1-1 beads, ignoring one-sided material', () => {
    // 20 paragraphs translated at ratio 2, plus a long untranslated preface.
    const src = [5000, ...Array.from({ length: 20 }, (_, k) => 100 + k * 10)];
    const tgt = src.slice(1).map((l) => 2 * l);
    const one = BEAD_TYPES.findIndex((t) => t.name === '1-1');
    const del = BEAD_TYPES.findIndex((t) => t.name === '1-0');
    const steps: Step[] = [{ i: 1, j: 0, type: del }, ...tgt.map((_, k) => ({ i: k + 2, j: k + 1, type: one }))];
    expect(totalRatio(prefix(src), prefix(tgt))).toBeLessThan(1);
    expect(refineRatio(steps, prefix(src), prefix(tgt))).toBeCloseTo(2, 6);
  });

  it('declines with too few beads', () => {
    expect(refineRatio([{ i: 1, j: 1, type: 0 }], prefix([50]), prefix([50]))).toBeUndefined();
  });

  it('computes medians', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
