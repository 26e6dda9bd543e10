import { STRESS_MARK } from './marks';

const VOWELS = 'аеёиоуыэюя';

/**
 * Russian word forms with the position of their stressed vowel, kept compact: the UTF-16 code
 * units of the sorted forms one after the other, their offsets and the vowel numbers, all in
 * typed arrays. The 181,000 forms of festvox-ru take 3.9 MB this way, outside the JS heap.
 */
export interface StressDictionary {
  readonly size: number;
  /** The stressed vowel (1-based, counted from the start) of a lower-case word form, if known and unambiguous. */
  vowelOf(word: string): number | undefined;
}

class SortedStressDictionary implements StressDictionary {
  constructor(
    private readonly units: Uint16Array,
    private readonly offsets: Uint32Array,
    private readonly vowels: Uint8Array,
  ) {}

  get size(): number {
    return this.vowels.length;
  }

  vowelOf(word: string): number | undefined {
    let lo = 0;
    let hi = this.vowels.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = this.compare(mid, word);
      if (order === 0) return this.vowels[mid] || undefined;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** The stored word at `index` against `word`, by UTF-16 code units (the order of the sort). */
  private compare(index: number, word: string): number {
    const start = this.offsets[index] ?? 0;
    const end = this.offsets[index + 1] ?? this.units.length;
    const length = end - start;
    const n = Math.min(length, word.length);
    for (let i = 0; i < n; i += 1) {
      const d = (this.units[start + i] ?? 0) - word.charCodeAt(i);
      if (d !== 0) return d;
    }
    return length - word.length;
  }
}

const ENTRY = /^\("([^"\s]+)"\s+\S+\s+\((\d+)\)/;

/**
 * Reads a stress dictionary in the Festival lexicon form of the Debian package festvox-ru
 * (`("сотрудничество" n (2))`: the form and the number of its stressed vowel). A form listed
 * with two different stresses (за́мок, замо́к) is kept as unknown: no mark is better than a
 * wrong one. Lines of any other shape are skipped.
 */
export function parseStressDictionary(source: string): StressDictionary {
  const entries = new Map<string, number>();
  for (const line of source.split('\n')) {
    const match = ENTRY.exec(line);
    if (!match) continue;
    const word = (match[1] ?? '').toLowerCase();
    const vowel = Number(match[2]);
    if (vowel < 1 || vowel > 255) continue;
    const known = entries.get(word);
    entries.set(word, known === undefined || known === vowel ? vowel : 0);
  }
  // The last successful match stays in RegExp.input, and a line is a slice that keeps the
  // whole source (7 MB) alive: match once more, on nothing.
  /^/.exec('');
  const sorted = [...entries.keys()].sort();
  const offsets = new Uint32Array(sorted.length);
  const vowels = new Uint8Array(sorted.length);
  const units = new Uint16Array(sorted.reduce((sum, word) => sum + word.length, 0));
  let at = 0;
  sorted.forEach((word, i) => {
    offsets[i] = at;
    vowels[i] = entries.get(word) ?? 0;
    for (let j = 0; j < word.length; j += 1) units[at + j] = word.charCodeAt(j);
    at += word.length;
  });
  return new SortedStressDictionary(units, offsets, vowels);
}

function vowelPositions(word: string): number[] {
  const positions: number[] = [];
  for (let i = 0; i < word.length; i += 1) if (VOWELS.includes(word[i] ?? '')) positions.push(i);
  return positions;
}

/**
 * Where the stress mark goes in one word (the index of the stressed vowel), or undefined: for
 * a word with one vowel (nothing to tell), with ё (always stressed, never marked twice), one
 * already marked, an acronym, or one the dictionary does not know.
 */
export function stressIndex(word: string, dictionary: StressDictionary): number | undefined {
  if (word.includes(STRESS_MARK)) return undefined;
  const lower = word.toLowerCase();
  if (lower.includes('ё')) return undefined;
  if (word.length > 1 && word === word.toUpperCase()) return undefined;
  const vowels = vowelPositions(lower);
  if (vowels.length < 2) return undefined;
  const vowel = dictionary.vowelOf(lower);
  return vowel === undefined ? undefined : vowels[vowel - 1];
}

// A word with a mark of its own stays one word (and is left as it is).
const CYRILLIC_WORD = /[\p{Script=Cyrillic}\u0301]+/gu;

/** The text with U+0301 after the stressed vowel of every word the dictionary knows; nothing else changes. */
export function addStressMarks(text: string, dictionary: StressDictionary): string {
  return text.replace(CYRILLIC_WORD, (word) => {
    const at = stressIndex(word, dictionary);
    return at === undefined ? word : word.slice(0, at + 1) + STRESS_MARK + word.slice(at + 1);
  });
}
