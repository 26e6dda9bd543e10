import type { Bead } from '../types';
import type { Case } from './perturb';
import type { JointBead } from '../joint/align';
import type { ParallelUnit } from './corpus';
import { seededRandom } from './prng';
import { goldBeads, perturbSide, type TripleCase } from './triple';

const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const HAN = '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年';

/**
 * A large English-like / Chinese-like pair for timing: random words on one
 * side, Han characters at about a third of the length (±20%) on the other,
 * with 2% of target paragraphs dropped and 2% merged with the next.
 */
export function syntheticCase(n: number, seed: number): Case {
  const rnd = seededRandom(seed);
  const pick = (alphabet: string) => alphabet[Math.floor(rnd() * alphabet.length)] ?? 'a';
  const latin = (chars: number) => {
    let s = '';
    while (s.length < chars) s += `${Array.from({ length: 2 + Math.floor(rnd() * 7) }, () => pick(LATIN)).join('')} `;
    return s.trim();
  };
  const han = (chars: number) => Array.from({ length: Math.max(1, chars) }, () => pick(HAN)).join('');
  const lengths = Array.from({ length: n }, () => Math.round(30 + rnd() * rnd() * 800));
  const src = lengths.map(latin);
  const tgt: string[] = [];
  const gold: Bead[] = [];
  const translate = (len: number) => han(Math.round((len / 3) * (0.8 + 0.4 * rnd())));
  for (let k = 0; k < n; k++) {
    const r = rnd();
    if (r < 0.02) {
      gold.push([[k], []]);
    } else if (r < 0.04 && k + 1 < n) {
      gold.push([[k, k + 1], [tgt.length]]);
      tgt.push(translate((lengths[k] ?? 0) + (lengths[k + 1] ?? 0)));
      k++;
    } else {
      gold.push([[k], [tgt.length]]);
      tgt.push(translate(lengths[k] ?? 0));
    }
  }
  return { src, tgt, gold };
}

const CYRILLIC = 'абвгдежзиклмнопрстуфхцчшщыэюя';

/**
 * Three texts for timing the joint aligner: the English-like source, a Russian-like and a
 * Chinese-like translation (lengths ±20%), each with 2% of paragraphs dropped and 2% merged
 * with the next, independently. Gold beads from the shared units.
 */
export function syntheticTriple(n: number, seed: number): TripleCase {
  const rnd = seededRandom(seed);
  const pick = (alphabet: string) => alphabet[Math.floor(rnd() * alphabet.length)] ?? 'a';
  const words = (alphabet: string, chars: number) => {
    let s = '';
    while (s.length < chars) s += `${Array.from({ length: 2 + Math.floor(rnd() * 7) }, () => pick(alphabet)).join('')} `;
    return s.trim();
  };
  const lengths = Array.from({ length: n }, () => Math.round(30 + rnd() * rnd() * 800));
  const vary = (len: number) => len * (0.8 + 0.4 * rnd());
  const units: ParallelUnit[] = lengths.map((len) => ({
    en: words(LATIN, len),
    ru: words(CYRILLIC, vary(len * 1.1)),
    zh: Array.from({ length: Math.max(1, Math.round(vary(len / 3))) }, () => pick(HAN)).join(''),
  }));
  const rates = { merge: 0.02, drop: 0.02, split: 0 };
  const sides = [perturbSide(units, 'en'), perturbSide(units, 'ru', rnd, rates), perturbSide(units, 'zh', rnd, rates)];
  return { texts: [sides[0]!.texts, sides[1]!.texts, sides[2]!.texts], gold: goldBeads(sides, n) as JointBead[] };
}
