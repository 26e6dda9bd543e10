import { describe, expect, it } from 'vitest';
import type { Bead } from '../types';
import type { ParallelUnit } from './corpus';
import { cleanCase, perturbedCase } from './perturb';
import { seededRandom } from './prng';

const units: ParallelUnit[] = Array.from({ length: 200 }, (_, k) => ({
  en: `Sentence ${k} one. Sentence ${k} two.`,
  ru: `Предложение ${k} одно. Предложение ${k} два.`,
  zh: `第${k}句一。第${k}句二。`,
}));

function covers(beads: readonly Bead[], n: number, m: number) {
  expect(beads.flatMap((b) => b[0])).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(beads.flatMap((b) => b[1])).toEqual(Array.from({ length: m }, (_, i) => i));
}

describe('development cases', () => {
  it('clean cases are all 1-1', () => {
    const c = cleanCase(units, 'en', 'zh');
    expect(c.gold.every((b) => b[0].length === 1 && b[1].length === 1)).toBe(true);
    covers(c.gold, c.src.length, c.tgt.length);
  });
  it('perturbed cases are deterministic, varied and exactly covered', () => {
    const a = perturbedCase(units, 'ru', 'zh', seededRandom(3), { merge: 0.1, drop: 0.1, split: 0.1 });
    const b = perturbedCase(units, 'ru', 'zh', seededRandom(3), { merge: 0.1, drop: 0.1, split: 0.1 });
    expect(a).toEqual(b);
    covers(a.gold, a.src.length, a.tgt.length);
    const shapes = new Set(a.gold.map((g) => `${g[0].length}-${g[1].length}`));
    expect([...shapes].sort()).toEqual(['1-0', '1-1', '1-2', '2-1']);
  });
  it('merged and split targets carry the right text', () => {
    const c = perturbedCase(units, 'en', 'ru', seededRandom(5), { merge: 0.2, drop: 0, split: 0.2 });
    for (const [s, t] of c.gold) {
      if (s.length === 2) expect(c.tgt[t[0]!]).toBe(`${units[s[0]!]!.ru} ${units[s[1]!]!.ru}`);
      if (t.length === 2) expect(`${c.tgt[t[0]!]} ${c.tgt[t[1]!]}`).toBe(units[s[0]!]!.ru);
    }
  });
});
