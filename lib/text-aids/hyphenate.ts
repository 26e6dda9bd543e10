import createHyphenator from 'hyphen';
import enUs from 'hyphen/patterns/en-us';
import ru from 'hyphen/patterns/ru';
import { SOFT_HYPHEN, STRESS_MARK } from './marks';

/** Words shorter than this fit any column the reader has: they get no break points. */
export const MIN_HYPHENATED_LENGTH = 7;
/** Hyphenated words kept (the hyphenator's own memory of words is dropped with it at this size too). */
const MAX_CACHED_WORDS = 20_000;

type Hyphenator = (word: string) => string;

function makeHyphenators() {
  const options = { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_HYPHENATED_LENGTH, html: false } as const;
  return { ru: createHyphenator(ru, options) as Hyphenator, en: createHyphenator(enUs, options) as Hyphenator };
}

let hyphenators = makeHyphenators();
/** Word → its letters' break points, per language; cleared whole when full, so memory stays bounded. */
let known = new Map<string, Set<number>>();

// Letters of the word's script, and the stress marks a word may already carry.
const WORDS = { ru: /[\p{Script=Cyrillic}\u0301]+/gu, en: /[\p{Script=Latin}]+/gu } as const;

/** The word's letters (marks left out) with soft hyphens at the TeX patterns' break points. */
function breakPoints(letters: string, lang: 'ru' | 'en'): Set<number> {
  const key = `${lang}:${letters}`;
  const cached = known.get(key);
  if (cached) return cached;
  if (known.size >= MAX_CACHED_WORDS) {
    known = new Map();
    hyphenators = makeHyphenators();
  }
  const hyphenated = hyphenators[lang](letters);
  const points = new Set<number>();
  let index = 0;
  for (const ch of hyphenated) {
    if (ch === SOFT_HYPHEN) points.add(index);
    else index += ch.length;
  }
  known.set(key, points);
  return points;
}

function hyphenateWord(word: string, lang: 'ru' | 'en'): string {
  const letters = word.replaceAll(STRESS_MARK, '');
  // Acronyms and short words stay whole.
  if (letters.length < MIN_HYPHENATED_LENGTH || letters === letters.toUpperCase()) return word;
  const points = breakPoints(letters, lang);
  if (points.size === 0) return word;
  let out = '';
  let index = 0;
  for (const ch of word) {
    // A break point before a letter: a stress mark stays with the vowel before it.
    if (ch !== STRESS_MARK && points.has(index)) out += SOFT_HYPHEN;
    out += ch;
    if (ch !== STRESS_MARK) index += ch.length;
  }
  return out;
}

/**
 * The text with soft hyphens (U+00AD) at the hyphenation points of its long Russian or English
 * words (Liang's TeX patterns as the `hyphen` package ships them), so a narrow column breaks a
 * word with a hyphen where the browser has no hyphenation dictionary of its own (Chromium on
 * Linux). Stress marks already in a word are kept with their vowel; nothing else changes.
 */
export function addSoftHyphens(text: string, lang: 'ru' | 'en'): string {
  return text.replace(WORDS[lang], (word) => hyphenateWord(word, lang));
}
