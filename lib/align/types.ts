/** Languages the reader supports (detection is by script only). */
import type { Lang } from '../languages';
import type { Lexicons } from './lexicon/concepts';

export type { Lang };

/** 0-based indices of source then target segments, in order. */
export type Bead = [number[], number[]];

/** How segment lengths are measured before they are compared. */
export type LengthMode = 'normalised' | 'chars';

export interface AlignOptions {
  /** 'normalised' weights Han characters so mixed-script text stays comparable; 'chars' counts code points (plain Gale–Church). */
  lengthMode?: LengthMode;
  /** Target units per source unit. Estimated from the texts when omitted. */
  ratio?: number;
  /** Gale–Church variance per unit of length (default 8 normalised, 6.8 chars). */
  variance?: number;
  /** Scales delta of 1-0 / 0-1 beads: 1 is plain Gale–Church, the default 0 charges deletions their prior only. */
  deletionScale?: number;
  /** Re-estimate the ratio from the 1-1 beads of a first alignment, then align again (default true). */
  refine?: boolean;
  /** Add cost terms for numbers, names, list markers, headings, ? and !. */
  evidence?: boolean;
  /** Prior probability of each bead type, keyed like '1-1'. Missing keys use the defaults. */
  priors?: Partial<Record<BeadTypeName, number>>;
  /** Half-width of the first band, in segments; it doubles while the best path touches its edge. */
  initialBand?: number;
  /** Dictionaries into English (see lexicon/load.ts); lexical evidence is used only with them. */
  lexicons?: Lexicons;
  /** Languages of source and target, for lexical and name evidence; detected by script when omitted. */
  langs?: readonly [Lang, Lang];
}

export type BeadTypeName = '1-1' | '1-0' | '0-1' | '2-1' | '1-2' | '2-2' | '3-1' | '1-3';

export interface AlignResult {
  beads: Bead[];
  /** Posterior probability of each bead under the model, in [0, 1]; NaN-free. */
  confidence: number[];
  /** Target length units per source length unit actually used. */
  ratio: number;
  /** Variance per unit actually used. */
  variance: number;
  /** Final band half-width (segments). */
  band: number;
}
