import { describe, expect, it } from 'vitest';
import { alignSentences } from './align';

describe('alignSentences', () => {
  it('splits both sides and aligns a 1-2', () => {
    const res = alignSentences(
      'The storm arrived on the night of 14 March. It came from the south-west, which was the worst direction, because nothing stood between the island and the ocean. Everyone waited.',
      '风暴在3月14日夜里来临。它从西南方向袭来。那是最糟糕的方向，因为小岛和大洋之间没有任何遮挡。大家都在等待。',
      'en',
      'zh',
    );
    expect(res.src).toHaveLength(3);
    expect(res.tgt).toHaveLength(4);
    expect(res.beads).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]],
    ]);
  });

  it('detects languages when not given', () => {
    const res = alignSentences('Он пришёл. Он ушёл.', 'He came. He left.');
    expect(res.beads).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
  });
});
