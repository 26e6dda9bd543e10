import { describe, expect, it } from 'vitest';
import { makeBand } from './band';
import { BEAD_TYPES } from './beadTypes';
import { beadPosteriors, bestPath, softmin } from './dp';

const fullBand = (n: number, m: number) =>
  makeBand(
    Int32Array.from({ length: n + 1 }, (_, i) => Math.round((i * m) / Math.max(1, n))),
    m,
    n + m + 1,
  );

describe('dp', () => {
  it('softmin is -log of summed probabilities', () => {
    expect(softmin(1, 1)).toBeCloseTo(1 - Math.log(2));
    expect(softmin(Infinity, 3)).toBe(3);
  });

  it('finds the cheapest path and its posteriors', () => {
    // Only 1-1 beads are cheap: the diagonal wins with near-certainty.
    const cost = (_i: number, _j: number, k: number) => (BEAD_TYPES[k]?.name === '1-1' ? 0.1 : 20);
    const band = fullBand(3, 3);
    const res = bestPath(band, cost, true);
    expect(res.steps.map((s) => [s.i, s.j])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(res.total).toBeCloseTo(0.3);
    const post = beadPosteriors(band, cost, res.steps, res.forward!);
    for (const p of post) expect(p).toBeGreaterThan(0.99);
  });

  it('gives split posteriors when two paths cost the same', () => {
    const cost = (_i: number, _j: number, k: number) => {
      const name = BEAD_TYPES[k]?.name;
      return name === '1-1' ? 1 : name === '2-2' ? 2 : 50;
    };
    const band = fullBand(2, 2);
    const res = bestPath(band, cost, true);
    const post = beadPosteriors(band, cost, res.steps, res.forward!);
    for (const p of post) expect(p).toBeCloseTo(0.5, 6);
  });
});
