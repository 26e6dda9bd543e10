import { splitSentences } from '../sentences/split';
import type { Bead, Lang } from '../types';
import type { ParallelUnit } from './corpus';

export interface Case {
  src: string[];
  tgt: string[];
  gold: Bead[];
}

export interface Rates {
  merge: number;
  drop: number;
  split: number;
}

/** About 5% of target paragraphs touched, as in the brief. */
export const DEFAULT_RATES: Rates = { merge: 0.02, drop: 0.015, split: 0.02 };

export function cleanCase(units: readonly ParallelUnit[], srcLang: Lang, tgtLang: Lang): Case {
  return {
    src: units.map((u) => u[srcLang]),
    tgt: units.map((u) => u[tgtLang]),
    gold: units.map((_, k) => [[k], [k]] as Bead),
  };
}

/**
 * Edits the target side only: merge a paragraph with the next (gold 2-1),
 * drop it (1-0), or split it at a sentence boundary (1-2). Gold beads follow
 * from the edits, so they are exact.
 */
export function perturbedCase(
  units: readonly ParallelUnit[],
  srcLang: Lang,
  tgtLang: Lang,
  random: () => number,
  rates: Rates = DEFAULT_RATES,
): Case {
  const src = units.map((u) => u[srcLang]);
  const tgt: string[] = [];
  const gold: Bead[] = [];
  const glue = tgtLang === 'zh' ? '' : ' ';
  let k = 0;
  while (k < units.length) {
    const text = units[k]![tgtLang];
    const r = random();
    if (r < rates.merge && k + 1 < units.length) {
      gold.push([[k, k + 1], [tgt.length]]);
      tgt.push(text + glue + units[k + 1]![tgtLang]);
      k += 2;
      continue;
    }
    if (r < rates.merge + rates.drop) {
      gold.push([[k], []]);
      k += 1;
      continue;
    }
    const sentences = splitSentences(text, tgtLang);
    if (r < rates.merge + rates.drop + rates.split && sentences.length >= 2) {
      const cut = 1 + Math.floor(random() * (sentences.length - 1));
      gold.push([[k], [tgt.length, tgt.length + 1]]);
      tgt.push(sentences.slice(0, cut).join(glue), sentences.slice(cut).join(glue));
      k += 1;
      continue;
    }
    gold.push([[k], [tgt.length]]);
    tgt.push(text);
    k += 1;
  }
  return { src, tgt, gold };
}
