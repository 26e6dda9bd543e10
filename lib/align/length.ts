import type { LengthMode } from './types';
import { HAN, KANA_HANGUL } from './script';

/**
 * Weight of one Han character in Latin-letter units. The exact value matters
 * little because the text-level ratio absorbs the rest; what it buys is that
 * digits and Latin names inside Chinese text count like they do in English.
 */
export const HAN_UNITS = 3;
const KANA_UNITS = 2;

/**
 * 'normalised': non-space characters, Han weighted; spacing conventions differ
 * between scripts so whitespace is ignored. 'chars': raw code points.
 */
export function segmentLength(text: string, mode: LengthMode): number {
  if (mode === 'chars') {
    let n = 0;
    for (const _ of text) n += 1;
    return n;
  }
  let n = 0;
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    if (HAN.test(ch)) n += HAN_UNITS;
    else if (KANA_HANGUL.test(ch)) n += KANA_UNITS;
    else n += 1;
  }
  return n;
}

/** Prefix sums so that any run of segments costs O(1) to measure. */
export function prefixLengths(texts: readonly string[], mode: LengthMode): Float64Array {
  const out = new Float64Array(texts.length + 1);
  texts.forEach((t, i) => {
    out[i + 1] = (out[i] ?? 0) + segmentLength(t, mode);
  });
  return out;
}
