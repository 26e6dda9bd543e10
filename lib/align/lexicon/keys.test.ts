import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../paragraphs';
import { englishStem, type Lexicons } from './concepts';
import { lexicalKeys } from './keys';

const lexicons: Lexicons = {
  zh: new Map(
    [
      ['蜜蜂', 'bee'],
      ['蜂巢', 'hive'],
      ['冬天', 'winter'],
      ['花园', 'garden'],
      ['邻居', 'neighbour'],
      ['玫瑰', 'rose'],
      ['郁金香', 'tulip'],
      ['苹果', 'apple'],
    ].map(([zh, en]) => [zh!, [englishStem(en!)]]),
  ),
};

describe('lexical keys', () => {
  it('pairs English and Chinese through the lexicon, and nothing without it', () => {
    const keys = lexicalKeys(['The bees stay in the hive all winter.'], 'en', ['蜜蜂整个冬天都待在蜂巢里。'], 'zh', lexicons);
    const concepts = ['bee', 'winter', 'hive'].map((w) => `W${englishStem(w)}`);
    expect([...keys.tgt[0]!].sort()).toEqual([...concepts].sort());
    expect(keys.src[0]).toEqual(expect.arrayContaining(concepts));
    expect(lexicalKeys(['The bees.'], 'en', ['蜜蜂。'], 'zh', {})).toEqual({ src: [[]], tgt: [[]] });
  });

  it('adds name keys between Russian and a Latin-script text', () => {
    const keys = lexicalKeys(['and Anders Holm.'], 'en', ['и Андерс Холм.'], 'ru', {});
    expect(keys.src[0]).toEqual(keys.tgt[0]);
    expect(keys.src[0]!.length).toBe(2);
  });

  it('decides a merge that lengths get wrong', () => {
    // The Chinese renders the first paragraph at length and merges the other two tersely:
    // by length the second English paragraph belongs with the first; its words say otherwise.
    const en = [
      'The bees stay in the hive all winter long.',
      'Our neighbour grows roses, tulips and apples in the garden.',
      'In winter nobody opens the hive at all.',
    ];
    const zh = ['整个冬天，蜜蜂都一直安安静静地待在温暖而黑暗的蜂巢里面。', '邻居在花园里种玫瑰、郁金香和苹果。冬天没人开蜂巢。'];
    expect(alignParagraphs(en, zh, { langs: ['en', 'zh'] }).beads).toEqual([
      [[0, 1], [0]],
      [[2], [1]],
    ]);
    expect(alignParagraphs(en, zh, { langs: ['en', 'zh'], lexicons }).beads).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
    ]);
  });
});
