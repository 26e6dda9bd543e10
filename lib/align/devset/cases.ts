import type { Bead, Lang } from '../types';
import type { ParallelText } from './corpus';
import { addScores, EMPTY_SCORE, scoreBeads, type Score } from './f1';
import { cleanCase, perturbedCase, type Case } from './perturb';
import { seededRandom } from './prng';
import { tripleCase, type TripleCase } from './triple';
import type { JointBead } from '../joint/align';

export const PAIRS: readonly [Lang, Lang][] = [
  ['en', 'ru'],
  ['ru', 'en'],
  ['en', 'zh'],
  ['zh', 'en'],
  ['ru', 'zh'],
  ['zh', 'ru'],
];

export type Condition = 'clean' | 'perturbed';
export const CONDITIONS: readonly Condition[] = ['clean', 'perturbed'];

/** Perturbed variants per text and pair; more variants, more edits to score. */
export const PERTURBED_VARIANTS = 4;

/** FNV-1a, so each (text, pair, variant) has its own fixed seed. */
export function seedOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function devCases(corpus: readonly ParallelText[], src: Lang, tgt: Lang, condition: Condition): Case[] {
  if (condition === 'clean') return corpus.map((t) => cleanCase(t.units, src, tgt));
  return corpus.flatMap((t) =>
    Array.from({ length: PERTURBED_VARIANTS }, (_, v) =>
      perturbedCase(t.units, src, tgt, seededRandom(seedOf(`${t.id}:${src}-${tgt}:${v}`))),
    ),
  );
}

export type Aligner = (src: string[], tgt: string[]) => Bead[];

/** Micro-averaged strict score over all cases. */
export function scoreCases(cases: readonly Case[], align: Aligner): Score {
  return cases.reduce((acc, c) => addScores(acc, scoreBeads(align(c.src, c.tgt), c.gold)), EMPTY_SCORE);
}

/** The three texts in this order for joint cases: en first, as the usual source. */
export const JOINT_LANGS: readonly [Lang, Lang, Lang] = ['en', 'ru', 'zh'];

/** Three-text cases: the second and third texts perturbed independently (both when perturbed). */
export function jointCases(corpus: readonly ParallelText[], condition: Condition, variants = PERTURBED_VARIANTS): TripleCase[] {
  if (condition === 'clean') return corpus.map((t) => tripleCase(t.units, JOINT_LANGS));
  return corpus.flatMap((t) =>
    Array.from({ length: variants }, (_, v) => tripleCase(t.units, JOINT_LANGS, seededRandom(seedOf(`${t.id}:joint:${v}`)))),
  );
}

export type JointAligner = (texts: [string[], string[], string[]]) => JointBead[];

export function scoreJointCases(cases: readonly TripleCase[], align: JointAligner): Score {
  return cases.reduce((acc, c) => addScores(acc, scoreBeads(align(c.texts), c.gold)), EMPTY_SCORE);
}
