import type { Lang } from '../types';

/**
 * A bilingual word list into English: each word of one language (a simplified Chinese word,
 * or a Russian stem from `russianStem`) maps to English stems (`englishStem`). English is the
 * pivot, so one list per language serves every pair, ru↔zh included.
 */
export type WordLexicon = ReadonlyMap<string, readonly string[]>;

/** Lexicons by language; a language without one gives no lexical keys. */
export type Lexicons = Partial<Record<Lang, WordLexicon>>;

const EN_STOP = new Set(
  (
    'the a an and or but of to in on at by for from with as is are was were be been being it its this that these those ' +
    'there their they them he she his her him we our you your i me my not no nor so than then too very can could will would ' +
    'shall should may might must do does did done have has had having if when where which who whom whose what why how all any ' +
    'each every some such other into onto about above below over under up down out off again further once here only own same ' +
    'also just one more most much many few both either neither etc use used using make made get got see way thing'
  ).split(' '),
);

/** Lowercase English word without its commonest inflections ("packages" → "package"). */
export function englishStem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('es') && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.replace(/e$/, '');
}

/** Stems of the English content words of a text (stopwords and short words left out). */
export function englishConcepts(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[A-Za-z]+(?:['’][a-z]+)?/g)) {
    const w = m[0].toLowerCase();
    if (w.length < 3 || EN_STOP.has(w)) continue;
    out.push(englishStem(w));
  }
  return out;
}

/**
 * A crude Russian stem: lowercase, ё as е, cut to five letters, then final vowels, й and ь
 * dropped while three letters remain (зима, зимой → зим; пакеты, пакетов → пакет).
 */
export function russianStem(word: string): string {
  const w = word.toLowerCase().replace(/ё/g, 'е').slice(0, 5);
  const bare = w.replace(/[аеиоуыэюяйь]+$/u, '');
  return bare.length >= 3 ? bare : w;
}

function russianConcepts(text: string, lexicon: WordLexicon): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[А-Яа-яЁё]{3,}/gu)) {
    const en = lexicon.get(russianStem(m[0]));
    if (en) out.push(...en);
  }
  return out;
}

const LONGEST_WORD = 4;
const HAN_START = /[\u3400-\u9FFF]/;

/** Forward maximum matching over the lexicon's words; single characters give no keys (too vague). */
function chineseConcepts(text: string, lexicon: WordLexicon): string[] {
  const out: string[] = [];
  // Code units: a character outside the BMP merely fails to match.
  let i = 0;
  while (i < text.length) {
    let step = 1;
    if (!HAN_START.test(text[i]!)) {
      i += 1;
      continue;
    }
    for (let len = Math.min(LONGEST_WORD, text.length - i); len >= 2; len--) {
      const en = lexicon.get(text.slice(i, i + len));
      if (en) {
        out.push(...en);
        step = len;
        break;
      }
    }
    i += step;
  }
  return out;
}

/**
 * The English concepts a text mentions, one key per distinct concept: English words as they
 * are, other languages through their lexicon. Undefined when the language has no lexicon.
 */
export function conceptKeys(text: string, lang: Lang, lexicons: Lexicons): string[] | undefined {
  let words: string[];
  if (lang === 'en') words = englishConcepts(text);
  else {
    const lexicon = lexicons[lang];
    if (!lexicon) return undefined;
    words = lang === 'zh' ? chineseConcepts(text, lexicon) : russianConcepts(text, lexicon);
  }
  return [...new Set(words)].map((w) => `W${w}`);
}
