import { describe, expect, it } from 'vitest';
import { alignSentences, alignSentencesJoint } from './align';

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

describe('alignSentencesJoint', () => {
  it('splits three paragraphs and aligns their sentences at once', () => {
    const res = alignSentencesJoint(
      [
        'The storm arrived on the night of 14 March. It came from the south-west. Everyone waited.',
        'Шторм пришёл в ночь на 14 марта. Он налетел с юго-запада. Все ждали.',
        '风暴在3月14日夜里来临。它从西南方向袭来，大家都在等待。',
      ],
      ['en', 'ru', 'zh'],
    );
    expect(res.sentences.map((s) => s.length)).toEqual([3, 3, 2]);
    expect(res.beads).toEqual([
      [[0], [0], [0]],
      [[1, 2], [1, 2], [1]],
    ]);
  });
});
