import { PARAGRAPH_PRIORS } from '../beadTypes';
import { softmin } from '../dp';
import { buildEvidence, type Evidence } from '../evidence';
import { detectLanguage } from '../language';
import type { LengthModel } from '../lengthCost';
import { lexicalKeys } from '../lexicon/keys';
import { negLogTwoSidedTail } from '../normalTail';
import { pairPass } from '../segments';
import type { AlignOptions, BeadTypeName, Lang } from '../types';
import { cellOf, makeBand3, nearEdge3, pathSpans, type Band3 } from './band3';
import { jointTypes, type JointType } from './types';

/** 0-based paragraph indices of the first, second and third text. */
export type JointBead = [number[], number[], number[]];

export interface JointOptions extends Omit<AlignOptions, 'langs'> {
  /** Languages of the three texts; detected by script when omitted. */
  langs?: readonly [Lang, Lang, Lang];
  /** Weight of the three pairwise length costs, which all measure one bead (default 0.6). */
  lengthWeight?: number;
  /** Weight of the three pairwise evidence costs (default 0.75). */
  evidenceWeight?: number;
  /** Half-width of the first joint band around the pairwise paths, in paragraphs (default 3). */
  jointBand?: number;
  /** Pairwise bead priors the joint ones derive from (default: paragraph priors). */
  basePriors?: Record<BeadTypeName, number>;
}

export interface JointResult {
  beads: JointBead[];
  /** Posterior probability of each bead within the band, in [0, 1]. */
  confidence: number[];
  /** Length ratios second/first and third/first. */
  ratios: [number, number];
  /** Variance per unit of length used by all three pairs. */
  variance: number;
  /** Final band half-width around the pairwise paths. */
  band: number;
}

const DEFAULT_HALF_WIDTH = 3;
/** Widen when the path touches an inner band edge. */
const EDGE_MARGIN = 1;
const DEFAULT_LENGTH_WEIGHT = 0.6;
const TWO_TWO_SCALE = 0.2;
const DEFAULT_EVIDENCE_WEIGHT = 0.75;

interface PairModel {
  sp: Float64Array;
  tp: Float64Array;
  sScale: number;
  tScale: number;
  variance: number;
  deletionScale: number;
  evidence: Evidence | null;
}

function pairModel(sp: Float64Array, tp: Float64Array, model: LengthModel, evidence: Evidence | null): PairModel {
  const sScale = Math.sqrt(model.ratio);
  return { sp, tp, sScale, tScale: 1 / sScale, variance: model.variance, deletionScale: model.deletionScale, evidence };
}

/** Length cost of groups [s0, s1) against [t0, t1), and its evidence cost, like the pairwise bead cost. */
function groupCost(
  pm: PairModel,
  s0: number,
  s1: number,
  t0: number,
  t1: number,
  evidenceWeight: number,
  lengthWeight: number,
): number {
  if (s0 === s1 && t0 === t1) return 0;
  const ls = (pm.sp[s1]! - pm.sp[s0]!) * pm.sScale;
  const lt = (pm.tp[t1]! - pm.tp[t0]!) * pm.tScale;
  let delta = (lt - ls) / Math.sqrt(pm.variance * ((ls + lt) / 2 + 1));
  if (s0 === s1 || t0 === t1) delta *= pm.deletionScale;
  const ev = pm.evidence ? pm.evidence.cost(s0, s1 - s0, t0, t1 - t0) : 0;
  return lengthWeight * negLogTwoSidedTail(delta) + evidenceWeight * ev;
}

function sample(texts: readonly string[]): string {
  return texts.slice(0, 50).join(' ').slice(0, 5000);
}

/**
 * Aligns three translations of one text at once. A bead holds a group of paragraphs from
 * each text (1-1-1, 2-1-1, 1-1-0 ...) and costs its prior plus the length and evidence costs
 * of all three pairs, so where one pair is ambiguous the other two decide. The search runs
 * in a band around two pairwise alignments (first–second, first–third), widened while the
 * joint path comes near its edge: linear in the text length.
 */
export function alignJoint(
  texts: readonly [readonly string[], readonly string[], readonly string[]],
  opts: JointOptions = {},
): JointResult {
  const [A, B, C] = texts;
  const langs = opts.langs ?? [detectLanguage(sample(A)), detectLanguage(sample(B)), detectLanguage(sample(C))];
  const basePriors = opts.basePriors ?? PARAGRAPH_PRIORS;
  const useEvidence = opts.evidence ?? true;
  const lexicons = opts.lexicons ?? {};
  const evidenceFor = (x: readonly string[], lx: Lang, y: readonly string[], ly: Lang) => (sp: Float64Array, tp: Float64Array) =>
    useEvidence ? buildEvidence(x, y, sp, tp, lexicalKeys(x, lx, y, ly, lexicons)) : null;
  const pairOpts: AlignOptions = { ...opts, langs: undefined };
  const ab = pairPass(A, B, pairOpts, basePriors, evidenceFor(A, langs[0], B, langs[1]));
  const ac = pairPass(A, C, pairOpts, basePriors, evidenceFor(A, langs[0], C, langs[2]));
  const bcModel: LengthModel = { ...ab.model, ratio: ac.model.ratio / ab.model.ratio };
  const bcEvidence = evidenceFor(B, langs[1], C, langs[2])(ab.tgtPrefix, ac.tgtPrefix);

  const models = {
    ab: pairModel(ab.srcPrefix, ab.tgtPrefix, ab.model, ab.evidence),
    ac: pairModel(ac.srcPrefix, ac.tgtPrefix, ac.model, ac.evidence),
    bc: pairModel(ab.tgtPrefix, ac.tgtPrefix, bcModel, bcEvidence),
  };
  // 2-2 groups are rarer between three texts than the pairwise prior says: a 2-2 in one pair
  // mostly shows up as two 1-1 in the others (tuned on the development set).
  const priors: Record<BeadTypeName, number> = { ...basePriors, '2-2': basePriors['2-2'] * TWO_TWO_SCALE, ...opts.priors };
  const types = jointTypes(priors);
  const lw = opts.lengthWeight ?? DEFAULT_LENGTH_WEIGHT;
  const ew = opts.evidenceWeight ?? DEFAULT_EVIDENCE_WEIGHT;
  const n = A.length;
  const spanJ = pathSpans(ab.steps, n);
  const spanK = pathSpans(ac.steps, n);
  let halfWidth = Math.max(1, opts.jointBand ?? DEFAULT_HALF_WIDTH);
  for (;;) {
    const band = makeBand3(spanJ, spanK, B.length, C.length, halfWidth);
    const cost = costTables(band, models, ew, lw);
    const { path, forward } = viterbi(band, types, cost);
    const hugs = path.some(([i, j, k]) => nearEdge3(band, i, j, k, EDGE_MARGIN));
    if (hugs && !band.full) {
      halfWidth *= 2;
      continue;
    }
    const confidence = posteriors(band, types, cost, path, forward);
    const beads: JointBead[] = [];
    for (let s = 1; s < path.length; s++) {
      const [i0, j0, k0] = path[s - 1]!;
      const [i1, j1, k1] = path[s]!;
      beads.push([range(i0, i1), range(j0, j1), range(k0, k1)]);
    }
    return { beads, confidence, ratios: [ab.model.ratio, ac.model.ratio], variance: ab.model.variance, band: halfWidth };
  }
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let x = from; x < to; x++) out.push(x);
  return out;
}

type Cost = (i: number, j: number, k: number, t: JointType) => number;

const SHAPES = 16;
const shape = (x: number, y: number) => x * 4 + y;

/**
 * Every pair cost the search can ask for, computed once: first–second by row i and position
 * j, first–third by row and k, second–third by j and k (over the (j, k) cells the band
 * reaches), each for all 16 group shapes. A bead's cost is then its prior plus three lookups.
 */
function costTables(band: Band3, models: { ab: PairModel; ac: PairModel; bc: PairModel }, ew: number, lw: number): Cost {
  const { n, m, jLo, jHi, kLo, kHi } = band;
  const abOff = new Int32Array(n + 2);
  const acOff = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) {
    abOff[i + 1] = abOff[i]! + (jHi[i]! - jLo[i]! + 1) * SHAPES;
    acOff[i + 1] = acOff[i]! + (kHi[i]! - kLo[i]! + 1) * SHAPES;
  }
  const ab = new Float64Array(abOff[n + 1]!).fill(Infinity);
  const ac = new Float64Array(acOff[n + 1]!).fill(Infinity);
  const bcLo = new Int32Array(m + 1).fill(band.p);
  const bcHi = new Int32Array(m + 1).fill(-1);
  for (let i = 0; i <= n; i++) {
    for (let j = jLo[i]!; j <= jHi[i]!; j++) {
      bcLo[j] = Math.min(bcLo[j]!, kLo[i]!);
      bcHi[j] = Math.max(bcHi[j]!, kHi[i]!);
    }
    for (let j = jLo[i]!; j <= jHi[i]!; j++) {
      const base = abOff[i]! + (j - jLo[i]!) * SHAPES;
      for (let a = 0; a <= 3 && a <= i; a++)
        for (let b = 0; b <= 3 && b <= j; b++) ab[base + shape(a, b)] = groupCost(models.ab, i - a, i, j - b, j, ew, lw);
    }
    for (let k = kLo[i]!; k <= kHi[i]!; k++) {
      const base = acOff[i]! + (k - kLo[i]!) * SHAPES;
      for (let a = 0; a <= 3 && a <= i; a++)
        for (let c = 0; c <= 3 && c <= k; c++) ac[base + shape(a, c)] = groupCost(models.ac, i - a, i, k - c, k, ew, lw);
    }
  }
  const bcOff = new Int32Array(m + 2);
  for (let j = 0; j <= m; j++) bcOff[j + 1] = bcOff[j]! + Math.max(0, bcHi[j]! - bcLo[j]! + 1) * SHAPES;
  const bc = new Float64Array(bcOff[m + 1]!).fill(Infinity);
  for (let j = 0; j <= m; j++) {
    for (let k = bcLo[j]!; k <= bcHi[j]!; k++) {
      const base = bcOff[j]! + (k - bcLo[j]!) * SHAPES;
      for (let b = 0; b <= 3 && b <= j; b++)
        for (let c = 0; c <= 3 && c <= k; c++) bc[base + shape(b, c)] = groupCost(models.bc, j - b, j, k - c, k, ew, lw);
    }
  }
  return (i, j, k, t) =>
    t.prior +
    ab[abOff[i]! + (j - jLo[i]!) * SHAPES + shape(t.a, t.b)]! +
    ac[acOff[i]! + (k - kLo[i]!) * SHAPES + shape(t.a, t.c)]! +
    bc[bcOff[j]! + (k - bcLo[j]!) * SHAPES + shape(t.b, t.c)]!;
}

/** Viterbi and forward (sum over paths) costs in one sweep; returns the best path's cells from (0,0,0). */
function viterbi(
  band: Band3,
  types: readonly JointType[],
  cost: Cost,
): { path: [number, number, number][]; forward: Float64Array } {
  const best = new Float64Array(band.size).fill(Infinity);
  const forward = new Float64Array(band.size).fill(Infinity);
  const back = new Uint8Array(band.size).fill(255);
  for (let i = 0; i <= band.n; i++) {
    const jl = band.jLo[i]!;
    const jh = band.jHi[i]!;
    const kl = band.kLo[i]!;
    const kh = band.kHi[i]!;
    let cell = band.offset[i]!;
    for (let j = jl; j <= jh; j++) {
      for (let k = kl; k <= kh; k++, cell++) {
        if (i === 0 && j === 0 && k === 0) {
          best[cell] = 0;
          forward[cell] = 0;
          continue;
        }
        let b = Infinity;
        let bt = 255;
        let f = Infinity;
        for (let x = 0; x < types.length; x++) {
          const t = types[x]!;
          const prev = cellOf(band, i - t.a, j - t.b, k - t.c);
          if (prev < 0) continue;
          const pb = best[prev]!;
          if (pb === Infinity) continue;
          const c = cost(i, j, k, t);
          if (pb + c < b) {
            b = pb + c;
            bt = x;
          }
          f = softmin(f, forward[prev]! + c);
        }
        best[cell] = b;
        back[cell] = bt;
        forward[cell] = f;
      }
    }
  }
  const path: [number, number, number][] = [];
  let i = band.n;
  let j = band.m;
  let k = band.p;
  path.push([i, j, k]);
  while (i > 0 || j > 0 || k > 0) {
    const x = back[cellOf(band, i, j, k)]!;
    if (x === 255) throw new Error('joint alignment band is disconnected');
    const t = types[x]!;
    i -= t.a;
    j -= t.b;
    k -= t.c;
    path.push([i, j, k]);
  }
  return { path: path.reverse(), forward };
}

/** Posterior probability of each bead on the path (forward–backward within the band). */
function posteriors(
  band: Band3,
  types: readonly JointType[],
  cost: Cost,
  path: readonly [number, number, number][],
  forward: Float64Array,
): number[] {
  // Only cells that can still reach the end matter; a backward sweep over the whole band.
  const backward = new Float64Array(band.size).fill(Infinity);
  backward[band.size - 1] = 0;
  for (let i = band.n; i >= 0; i--) {
    const jl = band.jLo[i]!;
    const kl = band.kLo[i]!;
    for (let j = band.jHi[i]!; j >= jl; j--) {
      for (let k = band.kHi[i]!; k >= kl; k--) {
        if (i === band.n && j === band.m && k === band.p) continue;
        const cell = cellOf(band, i, j, k);
        if (forward[cell] === Infinity) continue;
        let acc = Infinity;
        for (const t of types) {
          const next = cellOf(band, i + t.a, j + t.b, k + t.c);
          if (next < 0) continue;
          const bn = backward[next]!;
          if (bn === Infinity) continue;
          acc = softmin(acc, bn + cost(i + t.a, j + t.b, k + t.c, t));
        }
        backward[cell] = acc;
      }
    }
  }
  const total = forward[band.size - 1]!;
  const out: number[] = [];
  for (let s = 1; s < path.length; s++) {
    const [i0, j0, k0] = path[s - 1]!;
    const [i1, j1, k1] = path[s]!;
    const t = types.find((x) => x.a === i1 - i0 && x.b === j1 - j0 && x.c === k1 - k0)!;
    const p = Math.exp(total - forward[cellOf(band, i0, j0, k0)]! - cost(i1, j1, k1, t) - backward[cellOf(band, i1, j1, k1)]!);
    out.push(Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0);
  }
  return out;
}
