import { describe, expect, it } from 'vitest';
import { BEAD_TYPES } from '../beadTypes';
import type { Step } from '../dp';
import { cellOf, makeBand3, nearEdge3, pathSpans } from './band3';

const type = (name: string) => BEAD_TYPES.findIndex((t) => t.name === name);

describe('three-dimensional band', () => {
  // 1-1, 2-1, 0-1, 1-1 over 4 × 4.
  const steps: Step[] = [
    { i: 1, j: 1, type: type('1-1') },
    { i: 3, j: 2, type: type('2-1') },
    { i: 3, j: 3, type: type('0-1') },
    { i: 4, j: 4, type: type('1-1') },
  ];

  it('reads the rows a pairwise path visits, jumped rows included', () => {
    const { lo, hi } = pathSpans(steps, 4);
    expect([...lo]).toEqual([0, 1, 1, 2, 4]);
    expect([...hi]).toEqual([0, 1, 1, 3, 4]);
  });

  it('covers every cell within the half-width and no other', () => {
    const span = pathSpans(steps, 4);
    const band = makeBand3(span, span, 4, 4, 1);
    expect(cellOf(band, 3, 4, 1)).toBeGreaterThanOrEqual(0);
    expect(cellOf(band, 1, 4, 1)).toBe(-1);
    expect(cellOf(band, 4, 4, 4)).toBe(band.size - 1);
    expect(cellOf(band, 0, 0, 0)).toBe(0);
    expect(band.full).toBe(false);
    expect(nearEdge3(band, 1, 0, 1, 1)).toBe(false);
    expect(nearEdge3(band, 1, 2, 1, 1)).toBe(true);
    // Cells are numbered without gaps or overlaps.
    const seen = new Set<number>();
    for (let i = 0; i <= 4; i++)
      for (let j = 0; j <= 4; j++) for (let k = 0; k <= 4; k++) if (cellOf(band, i, j, k) >= 0) seen.add(cellOf(band, i, j, k));
    expect(seen.size).toBe(band.size);
  });
});
