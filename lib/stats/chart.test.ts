import { describe, expect, it } from 'vitest';
import { dayFractions, type Frame, niceMax, stepPath, ticks, xOf, yOf } from './chart';

const frame: Frame = { width: 120, height: 60, left: 10, right: 10, top: 5, bottom: 5 };

describe('niceMax', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 10, 11, 180, 201, 999].map(niceMax)).toEqual([1, 1, 5, 10, 10, 20, 200, 500, 1000]);
  });
});

describe('ticks', () => {
  it('splits the axis into even whole steps', () => {
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ticks(50)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(ticks(2)).toEqual([0, 1, 2]);
    expect(ticks(1)).toEqual([0, 1]);
    expect(ticks(5, 2)).toEqual([0, 5]);
  });
});

describe('positions', () => {
  it('puts zero at the bottom of the plot and the top value at its top', () => {
    expect(yOf(frame, 10, 0)).toBe(55);
    expect(yOf(frame, 10, 10)).toBe(5);
    expect(yOf(frame, 10, 5)).toBe(30);
  });

  it('spreads the time axis from the left to the right edge of the plot', () => {
    expect([0, 0.5, 1].map((f) => xOf(frame, f))).toEqual([10, 60, 110]);
  });

  it('places days by the time between them, not by their count', () => {
    expect(dayFractions(['2026-11-01', '2026-11-02', '2026-11-11'])).toEqual([0, 0.1, 1]);
    expect(dayFractions(['2026-11-01'])).toEqual([0]);
    expect(dayFractions([])).toEqual([]);
  });
});

describe('stepPath', () => {
  it('holds each value until the next point, then jumps', () => {
    expect(stepPath(frame, 10, [0, 10, 5], [0, 0.5, 1])).toBe('M10 55 H60 V5 H110 V30');
    expect(stepPath(frame, 10, [0, 10], [0, 0.1])).toBe('M10 55 H20 V5 H110');
  });

  it('draws a single value across the plot, and nothing for no values', () => {
    expect(stepPath(frame, 10, [10], [0])).toBe('M10 5 H110');
    expect(stepPath(frame, 10, [], [])).toBe('');
  });
});
