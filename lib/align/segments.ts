import { lengthDiagonal, makeBand, nearEdge, type Band } from './band';
import { BEAD_TYPES, priorCosts } from './beadTypes';
import { beadPosteriors, bestPath, type BeadCost, type Step } from './dp';
import { buildEvidence, type Evidence, type ExtraKeys } from './evidence';
import { detectLanguage } from './language';
import { lexicalKeys } from './lexicon/keys';
import { prefixLengths } from './length';
import { makeBeadCost, type LengthModel } from './lengthCost';
import { refineRatio, totalRatio } from './ratio';
import type { AlignOptions, AlignResult, Bead, BeadTypeName, LengthMode } from './types';

/**
 * Default variances per unit length. Translations between unrelated
 * languages spread a little more than Gale and Church's 6.8 for
 * German–English (tuned on the development set: 5–12 all work); chars mode
 * keeps their figure for the plain baseline.
 */
export const DEFAULT_VARIANCE: Record<LengthMode, number> = { normalised: 8, chars: 6.8 };
/**
 * Deletions cost their prior only: under a generative reading P(tgt is empty
 * | 1-0) is 1 whatever the source length, whereas Gale–Church's delta makes a
 * dropped long paragraph so dear that it gets glued onto a neighbour (2-1).
 */
export const DEFAULT_DELETION_SCALE = 0;
const DEFAULT_BAND = 32;
/** A path cell closer than this to an inner band edge triggers widening. */
const EDGE_MARGIN = 3;

/** The engine shared by paragraph and sentence alignment. */
export function alignSegments(
  src: readonly string[],
  tgt: readonly string[],
  opts: AlignOptions,
  basePriors: Record<BeadTypeName, number>,
): AlignResult {
  const mode = opts.lengthMode ?? 'normalised';
  const sp = prefixLengths(src, mode);
  const tp = prefixLengths(tgt, mode);
  const evidence = (opts.evidence ?? true) ? buildEvidence(src, tgt, sp, tp, extraKeys(src, tgt, opts)) : null;
  const centre = lengthDiagonal(sp, tp);
  const priorCost = priorCosts(basePriors, opts.priors);
  let model: LengthModel = {
    ratio: opts.ratio ?? totalRatio(sp, tp),
    variance: opts.variance ?? DEFAULT_VARIANCE[mode],
    priorCost,
    deletionScale: opts.deletionScale ?? DEFAULT_DELETION_SCALE,
  };
  const firstBand = Math.max(1, opts.initialBand ?? DEFAULT_BAND);

  const refine = (opts.refine ?? true) && opts.ratio === undefined;
  let startBand = firstBand;
  if (refine) {
    const first = solve(centre, tgt.length, firstBand, makeBeadCost(sp, tp, model, evidence), false);
    const ratio = refineRatio(first.steps, sp, tp);
    if (ratio !== undefined) model = { ...model, ratio };
    // The refined ratio moves the path little: start where the first pass settled.
    startBand = first.band.halfWidth;
  }
  const cost = makeBeadCost(sp, tp, model, evidence);
  const final = solve(centre, tgt.length, startBand, cost, true);
  return {
    beads: final.steps.map(toBead),
    confidence: final.confidence,
    ratio: model.ratio,
    variance: model.variance,
    band: final.band.halfWidth,
  };
}

/** Lexical keys for a pair: dictionary concepts (with lexicons) and transliterated names. */
export function extraKeys(src: readonly string[], tgt: readonly string[], opts: AlignOptions): ExtraKeys {
  const [srcLang, tgtLang] = opts.langs ?? [detectLanguage(sample(src)), detectLanguage(sample(tgt))];
  return lexicalKeys(src, srcLang, tgt, tgtLang, opts.lexicons ?? {});
}

/** Enough of a text to tell its script. */
function sample(texts: readonly string[]): string {
  return texts.slice(0, 50).join(' ').slice(0, 5000);
}

/** What the joint aligner needs from a pairwise run: the path and the model it used. */
export interface PairPass {
  steps: Step[];
  srcPrefix: Float64Array;
  tgtPrefix: Float64Array;
  model: LengthModel;
  evidence: Evidence | null;
}

/**
 * One pairwise Viterbi alignment without posteriors, and the ratio refined from it as in
 * alignSegments: the joint aligner takes its band from two of these and reuses their length
 * models and evidence.
 */
export function pairPass(
  src: readonly string[],
  tgt: readonly string[],
  opts: AlignOptions,
  basePriors: Record<BeadTypeName, number>,
  evidenceOf: (sp: Float64Array, tp: Float64Array) => Evidence | null,
): PairPass {
  const mode = opts.lengthMode ?? 'normalised';
  const sp = prefixLengths(src, mode);
  const tp = prefixLengths(tgt, mode);
  const evidence = evidenceOf(sp, tp);
  const centre = lengthDiagonal(sp, tp);
  let model: LengthModel = {
    ratio: opts.ratio ?? totalRatio(sp, tp),
    variance: opts.variance ?? DEFAULT_VARIANCE[mode],
    priorCost: priorCosts(basePriors, opts.priors),
    deletionScale: opts.deletionScale ?? DEFAULT_DELETION_SCALE,
  };
  const firstBand = Math.max(1, opts.initialBand ?? DEFAULT_BAND);
  const res = solve(centre, tgt.length, firstBand, makeBeadCost(sp, tp, model, evidence), false);
  if ((opts.refine ?? true) && opts.ratio === undefined) {
    // The refined ratio serves the joint costs; the first path is close enough to centre the
    // joint band on, so it is not searched again.
    const ratio = refineRatio(res.steps, sp, tp);
    if (ratio !== undefined) model = { ...model, ratio };
  }
  return { steps: res.steps, srcPrefix: sp, tgtPrefix: tp, model, evidence };
}

interface Solved {
  steps: Step[];
  total: number;
  band: Band;
  confidence: number[];
}

/** Banded search, doubling the band while the best path hugs its edge. */
function solve(centre: Int32Array, m: number, firstBand: number, cost: BeadCost, posteriors: boolean): Solved {
  let halfWidth = firstBand;
  for (;;) {
    const band = makeBand(centre, m, halfWidth);
    const res = bestPath(band, cost, posteriors);
    const hugs = res.steps.some((s) => nearEdge(band, s.i, s.j, EDGE_MARGIN));
    if (!hugs || band.full) {
      const confidence = posteriors && res.forward ? beadPosteriors(band, cost, res.steps, res.forward) : [];
      return { steps: res.steps, total: res.total, band, confidence };
    }
    halfWidth *= 2;
  }
}

function toBead(s: Step): Bead {
  const t = BEAD_TYPES[s.type]!;
  const src: number[] = [];
  const tgt: number[] = [];
  for (let k = s.i - t.ds; k < s.i; k++) src.push(k);
  for (let k = s.j - t.dt; k < s.j; k++) tgt.push(k);
  return [src, tgt];
}
