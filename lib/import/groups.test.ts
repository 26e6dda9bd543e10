import { describe, expect, it } from 'vitest';
import type { Bead } from '../align';
import { sourceGroups } from './groups';

const oneToOne = (n: number): Bead[] => Array.from({ length: n }, (_, i): Bead => [[i], [i]]);

describe('sourceGroups', () => {
  it('gives every paragraph its own row when all beads are 1-1', () => {
    expect(sourceGroups(3, [oneToOne(3), oneToOne(3)])).toEqual([0, 1, 2]);
  });

  it('joins the source paragraphs of a 2-1 bead in any alignment', () => {
    const merged: Bead[] = [
      [[0], [0]],
      [[1, 2], [1]],
      [[3], [2]],
    ];
    expect(sourceGroups(4, [oneToOne(4), merged])).toEqual([0, 1, 1, 2]);
  });

  it('takes the union when beads of different alignments overlap', () => {
    const a: Bead[] = [
      [[0, 1], [0]],
      [[2], [1]],
      [[3], [2]],
    ];
    const b: Bead[] = [
      [[0], [0]],
      [[1, 2], [1]],
      [[3], [2]],
    ];
    expect(sourceGroups(4, [a, b])).toEqual([0, 0, 0, 1]);
  });

  it('ignores beads without source paragraphs and splits of the target', () => {
    const beads: Bead[] = [
      [[], [0]],
      [[0], [1, 2]],
      [[1], []],
    ];
    expect(sourceGroups(2, [beads])).toEqual([0, 1]);
  });

  it('handles an empty source', () => {
    expect(sourceGroups(0, [[[[], [0]]]])).toEqual([]);
  });
});
