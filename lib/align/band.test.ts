import { describe, expect, it } from 'vitest';
import { lengthDiagonal, makeBand, nearEdge } from './band';

describe('band', () => {
  it('follows cumulative length, not paragraph counts', () => {
    // One long source paragraph matches the first three short target ones.
    const src = Float64Array.from([0, 30, 40]);
    const tgt = Float64Array.from([0, 10, 20, 30, 40]);
    expect(Array.from(lengthDiagonal(src, tgt))).toEqual([0, 3, 4]);
  });
  it('keeps consecutive rows connected and covers both corners', () => {
    const band = makeBand(Int32Array.from([0, 10, 20]), 20, 2);
    expect(band.lo[0]).toBe(0);
    expect(band.hi[2]).toBe(20);
    // Row 1 would start at 8 but row 0 ends at 2.
    expect(band.lo[1]).toBe(2);
    expect(band.full).toBe(false);
  });
  it('is full when wide enough', () => {
    expect(makeBand(Int32Array.from([0, 1, 2]), 2, 5).full).toBe(true);
  });
  it('spots cells near an inner edge only', () => {
    const band = makeBand(Int32Array.from([0, 5, 10]), 10, 3);
    expect(nearEdge(band, 1, 2, 2)).toBe(true);
    expect(nearEdge(band, 1, 5, 2)).toBe(false);
    expect(nearEdge(band, 0, 0, 2)).toBe(false);
  });
  it('handles empty sides', () => {
    expect(Array.from(lengthDiagonal(Float64Array.from([0]), Float64Array.from([0, 3])))).toEqual([1]);
  });
});
