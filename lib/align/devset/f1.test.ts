import { describe, expect, it } from 'vitest';
import { addScores, f1, scoreBeads } from './f1';
import type { Bead } from '../types';

describe('strict F1', () => {
  const gold: Bead[] = [
    [[0], [0]],
    [[1, 2], [1]],
    [[3], []],
  ];
  it('is 1 for a perfect prediction', () => {
    expect(f1(scoreBeads(gold, gold))).toBe(1);
  });
  it('gives no partial credit', () => {
    const pred: Bead[] = [
      [[0], [0]],
      [[1], [1]],
      [[2], []],
      [[3], []],
    ];
    const s = scoreBeads(pred, gold);
    expect(s).toEqual({ correct: 2, predicted: 4, gold: 3 });
    expect(f1(s)).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
  });
  it('adds up and handles empties', () => {
    expect(f1(addScores(scoreBeads([], gold), scoreBeads([], [])))).toBe(0);
  });
});
