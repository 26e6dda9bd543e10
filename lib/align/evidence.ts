import { anchorKeys, anchorKind, type AnchorKind } from './anchors/keys';

/**
 * Bonus for an anchor found on both sides of a bead, and penalty for one left
 * without a partner. Every anchor lands in exactly one bead of any path, so
 * the sum over a path is comparable between paths. Bonuses are below the
 * cost of a clear length mismatch so that lengths still lead.
 */
export const EVIDENCE_WEIGHTS: Record<AnchorKind, { match: number; miss: number }> = {
  number: { match: 1.5, miss: 0.5 },
  month: { match: 0.8, miss: 0.3 },
  name: { match: 1.5, miss: 0.5 },
  marker: { match: 2, miss: 0.7 },
  heading: { match: 1, miss: 0.5 },
  question: { match: 0.6, miss: 0.3 },
  exclamation: { match: 0.4, miss: 0.2 },
  // Dictionary translations: many per paragraph and noisy, so each weighs little.
  word: { match: 0.5, miss: 0.12 },
};

/** Keys from outside the anchor extractors (dictionary concepts, transliterated names), per segment. */
export interface ExtraKeys {
  src: readonly (readonly string[])[];
  tgt: readonly (readonly string[])[];
}

export interface Evidence {
  /** Extra cost of the bead covering src [s0, s0+ds) and tgt [t0, t0+dt). */
  cost(s0: number, ds: number, t0: number, dt: number): number;
}

interface Side {
  start: Int32Array;
  ids: Int32Array;
}

/**
 * Keys are kept only when they occur somewhere in both texts: capitalised
 * English words or numbers that one translation spells out would otherwise
 * only add noise penalties.
 */
export function buildEvidence(
  src: readonly string[],
  tgt: readonly string[],
  srcLengths: Float64Array,
  tgtLengths: Float64Array,
  extra?: ExtraKeys,
): Evidence {
  const srcKeys = src.map((t, i) => [...anchorKeys(t, segmentAt(srcLengths, i)), ...(extra?.src[i] ?? [])]);
  const tgtKeys = tgt.map((t, i) => [...anchorKeys(t, segmentAt(tgtLengths, i)), ...(extra?.tgt[i] ?? [])]);
  const inSrc = new Set(srcKeys.flat());
  const vocab = new Map<string, number>();
  for (const k of tgtKeys.flat()) if (inSrc.has(k) && !vocab.has(k)) vocab.set(k, vocab.size);

  const match = new Float64Array(vocab.size);
  const miss = new Float64Array(vocab.size);
  for (const [k, id] of vocab) {
    const w = EVIDENCE_WEIGHTS[anchorKind(k)];
    match[id] = w.match;
    miss[id] = w.miss;
  }
  const s = encode(srcKeys, vocab);
  const t = encode(tgtKeys, vocab);
  const counts = new Int32Array(vocab.size);

  return {
    cost(s0, ds, t0, dt) {
      const a0 = s.start[s0] ?? 0;
      const a1 = s.start[s0 + ds] ?? 0;
      const b0 = t.start[t0] ?? 0;
      const b1 = t.start[t0 + dt] ?? 0;
      if (a0 === a1 && b0 === b1) return 0;
      for (let k = a0; k < a1; k++) counts[s.ids[k] ?? 0]! += 1;
      let c = 0;
      for (let k = b0; k < b1; k++) {
        const id = t.ids[k] ?? 0;
        if ((counts[id] ?? 0) > 0) {
          counts[id]! -= 1;
          c -= match[id] ?? 0;
        } else c += miss[id] ?? 0;
      }
      // Second sweep both charges unmatched source anchors and resets counts.
      for (let k = a0; k < a1; k++) {
        const id = s.ids[k] ?? 0;
        if ((counts[id] ?? 0) > 0) {
          counts[id]! -= 1;
          c += miss[id] ?? 0;
        }
      }
      return c;
    },
  };
}

function segmentAt(prefix: Float64Array, i: number): number {
  return (prefix[i + 1] ?? 0) - (prefix[i] ?? 0);
}

function encode(keys: readonly string[][], vocab: Map<string, number>): Side {
  const start = new Int32Array(keys.length + 1);
  const ids: number[] = [];
  keys.forEach((list, i) => {
    for (const k of list) {
      const id = vocab.get(k);
      if (id !== undefined) ids.push(id);
    }
    start[i + 1] = ids.length;
  });
  return { start, ids: Int32Array.from(ids) };
}
