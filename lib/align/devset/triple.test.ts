import { describe, expect, it } from 'vitest';
import type { ParallelUnit } from './corpus';
import { seededRandom } from './prng';
import { goldBeads, perturbSide, projectBeads, tripleCase } from './triple';

const units: ParallelUnit[] = Array.from({ length: 300 }, (_, k) => ({
  en: `Sentence ${k} one. Sentence ${k} two.`,
  ru: `Предложение ${k} одно. Предложение ${k} два.`,
  zh: `第${k}句一。第${k}句二。`,
}));

describe('three-text cases', () => {
  it('builds the finest gold beads no paragraph straddles', () => {
    const en = { texts: ['a', 'b', 'c', 'd'], units: [[0], [1], [2], [3]] };
    const ru = { texts: ['ab', 'c', 'd'], units: [[0, 1], [2], [3]] };
    const zh = { texts: ['a', 'b', 'c1', 'c2'], units: [[0], [1], [2], [2]] };
    expect(goldBeads([en, ru, zh], 4)).toEqual([
      [[0, 1], [0], [0, 1]],
      [[2], [1], [2, 3]],
      [[3], [2], []],
    ]);
  });

  it('perturbs each translation independently and covers every paragraph once', () => {
    const c = tripleCase(units, ['en', 'ru', 'zh'], seededRandom(4));
    expect(c).toEqual(tripleCase(units, ['en', 'ru', 'zh'], seededRandom(4)));
    c.texts.forEach((texts, x) => expect(c.gold.flatMap((b) => b[x])).toEqual(texts.map((_, i) => i)));
    const shapes = new Set(c.gold.map((b) => b.map((s) => s.length).join('-')));
    for (const s of ['1-1-1', '2-1-2', '2-2-1', '1-2-1', '1-1-2', '1-1-0', '1-0-1']) expect(shapes).toContain(s);
    expect(c.texts[0]).toHaveLength(units.length);
  });

  it('keeps clean cases 1-1-1 and projects onto pairs', () => {
    const c = tripleCase(units.slice(0, 3), ['zh', 'en', 'ru']);
    expect(c.gold).toEqual([0, 1, 2].map((k) => [[k], [k], [k]]));
    expect(projectBeads([[[0], [], [0]]], 0, 1)).toEqual([[[0], []]]);
    expect(projectBeads([[[], [], [0]]], 0, 1)).toEqual([]);
    expect(perturbSide(units.slice(0, 2), 'en').texts).toEqual([units[0]!.en, units[1]!.en]);
  });
});
