import type { JointBead } from '../joint/align';
import { splitSentences } from '../sentences/split';
import type { Bead, Lang } from '../types';
import type { ParallelUnit } from './corpus';
import { DEFAULT_RATES, type Rates } from './perturb';

/** One text as paragraphs, each knowing which units it renders (none for a dropped unit). */
interface Side {
  texts: string[];
  units: number[][];
}

/** The units as paragraphs, with ~5% merged, dropped or split when `random` is given. */
export function perturbSide(
  units: readonly ParallelUnit[],
  lang: Lang,
  random?: () => number,
  rates: Rates = DEFAULT_RATES,
): Side {
  const side: Side = { texts: [], units: [] };
  const glue = lang === 'zh' ? '' : ' ';
  let k = 0;
  while (k < units.length) {
    const text = units[k]![lang];
    const r = random ? random() : 1;
    if (r < rates.merge && k + 1 < units.length) {
      side.texts.push(text + glue + units[k + 1]![lang]);
      side.units.push([k, k + 1]);
      k += 2;
      continue;
    }
    k += 1;
    if (r < rates.merge + rates.drop) continue;
    const sentences = splitSentences(text, lang);
    if (random && r < rates.merge + rates.drop + rates.split && sentences.length >= 2) {
      const cut = 1 + Math.floor(random() * (sentences.length - 1));
      side.texts.push(sentences.slice(0, cut).join(glue), sentences.slice(cut).join(glue));
      side.units.push([k - 1], [k - 1]);
      continue;
    }
    side.texts.push(text);
    side.units.push([k - 1]);
  }
  return side;
}

/**
 * Gold beads for any number of texts made of the same units: the finest grouping of the
 * units that no paragraph straddles, each bead holding every text's paragraphs of its group.
 */
export function goldBeads(sides: readonly Side[], unitCount: number): number[][][] {
  const joined = new Array<boolean>(unitCount).fill(false);
  for (const s of sides) for (const us of s.units) for (let x = 1; x < us.length; x++) joined[us[x - 1]!] = true;
  const groupOf: number[] = [];
  let g = 0;
  for (let u = 0; u < unitCount; u++) {
    if (u > 0 && !joined[u - 1]) g += 1;
    groupOf.push(g);
  }
  const beads: number[][][] = Array.from({ length: g + 1 }, () => sides.map(() => []));
  sides.forEach((s, x) => s.units.forEach((us, p) => beads[groupOf[us[0]!]!]![x]!.push(p)));
  return beads.filter((b) => b.some((list) => list.length > 0));
}

export interface TripleCase {
  texts: [string[], string[], string[]];
  gold: JointBead[];
}

/** The first language as it is; the other two each perturbed independently when `random` is given. */
export function tripleCase(
  units: readonly ParallelUnit[],
  langs: readonly [Lang, Lang, Lang],
  random?: () => number,
): TripleCase {
  const sides = [perturbSide(units, langs[0]), perturbSide(units, langs[1], random), perturbSide(units, langs[2], random)];
  return {
    texts: [sides[0]!.texts, sides[1]!.texts, sides[2]!.texts],
    gold: goldBeads(sides, units.length) as JointBead[],
  };
}

/** A joint bead's view of two of its texts; beads empty in both are left out. */
export function projectBeads(beads: readonly JointBead[], x: 0 | 1 | 2, y: 0 | 1 | 2): Bead[] {
  return beads.filter((b) => b[x].length + b[y].length > 0).map((b) => [b[x], b[y]]);
}
