import { describe, expect, it } from 'vitest';
import { interleaveOrder } from './interleave';

/** The sentences of all columns sorted by their keys (a stable sort, as CSS `order` is), named column:index. */
function reading(columns: number[][][]): string[] {
  const order = interleaveOrder(columns);
  if (!order) return [];
  return order
    .flatMap((keys, c) => keys.map((key, i) => ({ key, name: `${c}:${i}` })))
    .sort((a, b) => a.key - b.key)
    .map((s) => s.name);
}

describe('interleaveOrder', () => {
  it('follows each source sentence with its translations, column by column', () => {
    // Source of three sentences; one translation merges the last two, the other splits the first.
    expect(
      reading([
        [[0], [1], [2]],
        [[0], [1, 2]],
        [[0], [0], [1], [2]],
      ]),
    ).toEqual(['0:0', '1:0', '2:0', '2:1', '0:1', '1:1', '2:2', '0:2', '2:3']);
  });

  it('keeps a sentence without links with the one before it', () => {
    expect(
      reading([
        [[0], [1]],
        [[0], [], [1]],
      ]),
    ).toEqual(['0:0', '1:0', '1:1', '0:1', '1:2']);
  });

  it('never reorders a column against itself, even where its links cross', () => {
    expect(
      reading([
        [[0], [1]],
        [[1], [0]],
      ]),
    ).toEqual(['0:0', '0:1', '1:0', '1:1']);
  });

  it('leaves a segment whole where a column has no sentences or no links, or is alone', () => {
    expect(interleaveOrder([[[0], [1]], []])).toBeNull();
    expect(
      interleaveOrder([
        [[0], [1]],
        [[], []],
      ]),
    ).toBeNull();
    expect(interleaveOrder([[[0], [1]]])).toBeNull();
  });
});
