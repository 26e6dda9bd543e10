import type { Bead } from '../types';
import type { Case } from './perturb';
import { seededRandom } from './prng';

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
