import { describe, expect, it } from 'vitest';
import { jointCases, scoreJointCases } from '../devset/cases';
import { loadCorpus } from '../devset/corpus';
import { f1 } from '../devset/f1';
import { alignParagraphs } from '../paragraphs';
import { alignJoint } from './align';
import { composePairwise, projectJoint } from './compose';

const en = [
  'The storm reached the island on the night of 14 March and did not stop for three days.',
  'Nobody on the island had ever seen the sea so high.',
  'The lighthouse keeper, Anders Holm, wrote down the height of every wave in his log.',
  'In the morning the harbour wall had gone, and 12 boats with it.',
  'The children were sent to the school on the hill, the only building made of stone.',
  'By the end of the week the wind had turned to the north and the water began to fall.',
];
const ru = [
  'Шторм добрался до острова в ночь на 14 марта и не утихал три дня.',
  'Никто на острове никогда не видел, чтобы море поднималось так высоко.',
  'Смотритель маяка Андерс Холм записывал в журнал высоту каждой волны.',
  'К утру портовой стены не стало, а вместе с ней и 12 лодок.',
  'Детей отправили в школу на холме, единственное каменное здание.',
  'К концу недели ветер повернул на север, и вода начала спадать.',
];
const zh = [
  '风暴在3月14日夜里抵达小岛，一连三天没有停歇。',
  '岛上从来没有人见过海水涨得这么高。',
  '灯塔看守人安德斯·霍尔姆把每一道浪的高度都记在日志里。',
  '到了早上，港口的防波堤不见了，12条船也随之消失。',
  '孩子们被送到山上的学校，那是唯一一座石头建筑。',
  '到周末，风转向北方，海水开始退去。',
];
const ids = (n: number) => Array.from({ length: n }, (_, k) => k);

describe('alignJoint', () => {
  it('aligns three clean texts 1-1-1', () => {
    const res = alignJoint([en, ru, zh], { langs: ['en', 'ru', 'zh'] });
    expect(res.beads).toEqual(ids(6).map((k) => [[k], [k], [k]]));
    expect(res.confidence).toHaveLength(6);
    for (const c of res.confidence) expect(c).toBeGreaterThan(0.5);
  });

  it('finds a merge in one text (1-2-1 and 2-1-1)', () => {
    const ruMerged = [ru[0]!, ru[1]!, `${ru[2]} ${ru[3]}`, ru[4]!, ru[5]!];
    expect(alignJoint([en, ruMerged, zh]).beads).toEqual([
      [[0], [0], [0]],
      [[1], [1], [1]],
      [[2, 3], [2], [2, 3]],
      [[4], [3], [4]],
      [[5], [4], [5]],
    ]);
    const enMerged = [en[0]!, `${en[1]} ${en[2]}`, en[3]!, en[4]!, en[5]!];
    expect(alignJoint([enMerged, ru, zh]).beads[1]).toEqual([[1], [1, 2], [1, 2]]);
  });

  it('finds a paragraph missing from one text (1-1-0) and from two (1-0-0)', () => {
    const zhShort = [zh[0]!, zh[1]!, zh[2]!, zh[3]!, zh[5]!];
    expect(alignJoint([en, ru, zhShort]).beads[4]).toEqual([[4], [4], []]);
    const note =
      'A note added to the English edition explains that the keeper kept two logs, one for the harbour master and one for himself, and that only the second survived; it has been used for this account, together with the letters that his daughter wrote to her aunt on the mainland during the same winter.';
    const enLonger = [...en.slice(0, 3), note, ...en.slice(3)];
    expect(alignJoint([enLonger, ru, zh]).beads).toEqual([
      [[0], [0], [0]],
      [[1], [1], [1]],
      [[2], [2], [2]],
      [[3], [], []],
      [[4], [3], [3]],
      [[5], [4], [4]],
      [[6], [5], [5]],
    ]);
  });

  it('beats two pairwise alignments through the source where texts are perturbed', () => {
    // The third text's evidence settles what one pair leaves open: on the development set's
    // perturbed cases (both translations edited independently) the joint search is right
    // more often than en–ru and en–zh aligned apart and combined.
    const cases = jointCases(loadCorpus(), 'perturbed');
    const joint = f1(scoreJointCases(cases, (t) => alignJoint(t).beads));
    const pairwise = f1(
      scoreJointCases(cases, (t) =>
        composePairwise(t[0].length, alignParagraphs(t[0], t[1]).beads, alignParagraphs(t[0], t[2]).beads),
      ),
    );
    expect(joint).toBeGreaterThan(pairwise);
  });

  it('finds in a narrow band what a wide one finds', () => {
    // A merge in one text, searched ±1 and ±16 around the pairwise paths: the same beads
    // (the band widens itself when the path touches its edge).
    const ruMerged = [ru[0]!, ru[1]!, `${ru[2]} ${ru[3]}`, ru[4]!, ru[5]!];
    const wide = alignJoint([en, ruMerged, zh], { jointBand: 16 });
    const narrow = alignJoint([en, ruMerged, zh], { jointBand: 1 });
    expect(narrow.beads).toEqual(wide.beads);
    expect(wide.beads[2]).toEqual([[2, 3], [2], [2, 3]]);
    expect(wide.band).toBe(16);
  });

  it('handles empty texts', () => {
    expect(alignJoint([[], [], []]).beads).toEqual([]);
    expect(alignJoint([en.slice(0, 2), [], zh.slice(0, 2)]).beads).toEqual([
      [[0], [], [0]],
      [[1], [], [1]],
    ]);
  });

  it('projects onto pairs and composes pairwise results', () => {
    const res = alignJoint([en, ru, zh.slice(0, 5)]);
    const pair = projectJoint(res, 2);
    expect(pair.beads.at(-1)).toEqual([[5], []]);
    expect(pair.confidence).toHaveLength(pair.beads.length);
    expect(
      composePairwise(
        3,
        [
          [[0], [0]],
          [[1, 2], [1]],
        ],
        [
          [[0, 1], [0]],
          [[], [1]],
          [[2], []],
        ],
      ),
    ).toEqual([
      [
        [0, 1, 2],
        [0, 1],
        [0, 1],
      ],
    ]);
  });
});
