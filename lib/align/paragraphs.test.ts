import { describe, expect, it } from 'vitest';
import { BEAD_TYPES } from './beadTypes';
import { seededRandom } from './devset/prng';
import { alignParagraphs } from './paragraphs';
import type { Bead } from './types';

/**
 * Builds texts whose only sensible alignment is `shape` (a list of "s-t"
 * bead shapes): every source segment has its own length, and the target
 * side of each bead re-splits the bead's total length differently.
 */
function synthetic(shapes: string[], seed = 1): { src: string[]; tgt: string[]; gold: Bead[] } {
  const rnd = seededRandom(seed);
  const src: string[] = [];
  const tgt: string[] = [];
  const gold: Bead[] = [];
  for (const shape of shapes) {
    const [ds, dt] = shape.split('-').map(Number) as [number, number];
    // Deleted or inserted segments are long, or merging them into a neighbour would be as likely.
    const base = ds === 0 || dt === 0 ? 250 : 60;
    const lens = Array.from({ length: ds }, () => base + Math.floor(rnd() * 240));
    const total = ds === 0 ? base + Math.floor(rnd() * 240) : lens.reduce((a, b) => a + b, 0);
    const s = lens.map((l) => 'a'.repeat(l));
    // Target pieces: unequal cuts so that no 1-1 reading fits a 2-2 or 1-2.
    const cuts = dt === 0 ? [] : Array.from({ length: dt }, (_, k) => (k + 1) * (k + 2));
    const sum = cuts.reduce((a, b) => a + b, 0);
    const t = cuts.map((c) => 'b'.repeat(Math.max(1, Math.round((total * c) / sum))));
    gold.push([s.map((_, k) => src.length + k), t.map((_, k) => tgt.length + k)]);
    src.push(...s);
    tgt.push(...t);
  }
  return { src, tgt, gold };
}

const ones = (k: number) => Array.from({ length: k }, () => '1-1');

function expectCover(beads: Bead[], n: number, m: number) {
  expect(beads.flatMap((b) => b[0])).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(beads.flatMap((b) => b[1])).toEqual(Array.from({ length: m }, (_, i) => i));
}

describe('alignParagraphs', () => {
  it.each(BEAD_TYPES.map((t) => t.name))('reaches %s beads', (name) => {
    // 2-2 needs crossing lengths that no pair of 1-1 beads fits.
    const { src, tgt, gold } =
      name === '2-2'
        ? {
            src: ['a'.repeat(60), 'a'.repeat(300), 'a'.repeat(150)],
            tgt: ['b'.repeat(300), 'b'.repeat(60), 'b'.repeat(150)],
            gold: [
              [
                [0, 1],
                [0, 1],
              ],
              [[2], [2]],
            ] as Bead[],
          }
        : synthetic([...ones(8), name, ...ones(8)], 7);
    const res = alignParagraphs(src, tgt);
    expect(res.beads).toEqual(gold);
  });

  it('aligns a long synthetic text with every edit', () => {
    const shapes = Array.from({ length: 300 }, (_, k) =>
      k % 10 === 5 ? (BEAD_TYPES[(k / 10) % BEAD_TYPES.length]?.name ?? '1-1') : '1-1',
    );
    const { src, tgt, gold } = synthetic(shapes, 3);
    const res = alignParagraphs(src, tgt);
    expectCover(res.beads, src.length, tgt.length);
    const goldKeys = new Set(gold.map((b) => JSON.stringify(b)));
    const correct = res.beads.filter((b) => goldKeys.has(JSON.stringify(b))).length;
    expect(correct / gold.length).toBeGreaterThan(0.97);
  });

  it('covers every paragraph once, in order, with confidences in [0, 1]', () => {
    const rnd = seededRandom(11);
    const words = (k: number) => Array.from({ length: k }, () => 'word').join(' ');
    const src = Array.from({ length: 80 }, () => words(1 + Math.floor(rnd() * 40)));
    const tgt = Array.from({ length: 70 }, () => '字'.repeat(1 + Math.floor(rnd() * 60)));
    const res = alignParagraphs(src, tgt);
    expectCover(res.beads, src.length, tgt.length);
    expect(res.confidence).toHaveLength(res.beads.length);
    for (const c of res.confidence) {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });

  it('is confident on clean data', () => {
    const { src, tgt } = synthetic(
      Array.from({ length: 30 }, () => '1-1'),
      5,
    );
    const res = alignParagraphs(src, tgt);
    expect(Math.min(...res.confidence)).toBeGreaterThan(0.9);
  });

  it('breaks exact ties in BEAD_TYPES order (1-1 before 2-2)', () => {
    // With P(2-2) = P(1-1)^2 and empty segments, 1-1 + 1-1 and 2-2 cost exactly the same.
    const res = alignParagraphs(['', ''], ['', ''], { evidence: false, priors: { '1-1': 0.5, '2-2': 0.25 } });
    expect(res.beads).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
  });

  it('is deterministic', () => {
    const { src, tgt } = synthetic(['1-1', '2-1', '1-0', '1-1'], 9);
    expect(alignParagraphs(src, tgt)).toEqual(alignParagraphs(src, tgt));
  });

  it('widens the band when the path leaves it', () => {
    // The first 60 source paragraphs have no translation: the path runs far off
    // the length diagonal. (The ratio is given: from lengths alone, 60 missing
    // paragraphs look much like a target that merges pairs at ratio 1/2.)
    const body = synthetic(
      Array.from({ length: 60 }, () => '1-1'),
      21,
    );
    const extra = synthetic(
      Array.from({ length: 60 }, () => '1-0'),
      22,
    ).src;
    const src = [...extra, ...body.src];
    const narrow = alignParagraphs(src, body.tgt, { initialBand: 4, ratio: 1 });
    const full = alignParagraphs(src, body.tgt, { initialBand: 1000, ratio: 1 });
    expect(narrow.band).toBeGreaterThan(4);
    expect(narrow.beads).toEqual(full.beads);
    expect(narrow.beads.slice(0, 60).every((b) => b[1].length === 0)).toBe(true);
  });

  it('mirrors when source and target swap', () => {
    const { src, tgt } = synthetic(['1-1', '2-1', '1-1', '1-2', '1-1', '1-0', '1-1'], 13);
    const forward = alignParagraphs(src, tgt).beads;
    const backward = alignParagraphs(tgt, src).beads.map(([s, t]) => [t, s]);
    expect(backward).toEqual(forward);
  });

  it('handles empty sides', () => {
    expect(alignParagraphs([], []).beads).toEqual([]);
    expect(alignParagraphs(['a', 'b'], []).beads).toEqual([
      [[0], []],
      [[1], []],
    ]);
    expect(alignParagraphs([], ['a']).beads).toEqual([[[], [0]]]);
  });

  it('estimates the ratio from the texts', () => {
    const src = Array.from({ length: 30 }, (_, k) => 'abcdef '.repeat(5 + (k % 7)));
    const tgt = src.map((s) => '中'.repeat(Math.round(s.replace(/\s/g, '').length / 4)));
    // Each Han character counts 3 units, so 6 letters → 1.5 Han → 4.5 units.
    expect(alignParagraphs(src, tgt).ratio).toBeCloseTo(0.75, 1);
  });
});
