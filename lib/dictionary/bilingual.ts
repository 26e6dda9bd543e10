import { type Article, parseArticle } from './article';
import type { DictdIndexEntry } from './dictd';
import { englishCandidates } from './english';
import { russianStem } from './russian';
import { foldRussian } from './text';

/**
 * An English→Russian dictionary and its reverse. Articles stay as the dictionary's text and
 * are parsed when looked up; only the headwords and the reverse index (each Russian rendering
 * → the headwords it renders, by how early in their article it comes) are kept as maps.
 */
export interface EnglishRussian {
  /** The dictionary's name, credited under each answer. */
  name: string;
  /** Lowercase headword → article numbers. */
  headwords: Map<string, number[]>;
  /** Irregular form ("went") → its headword ("go"). */
  forms: Map<string, string>;
  /** Folded Russian rendering → article number × 64 + its rank in that article (0–63). */
  russian: Map<string, number[]>;
  /** Russian stem → the folded renderings with that stem. */
  stems: Map<string, string[]>;
  article: (n: number) => Article;
  headword: (n: number) => string;
  size: number;
}

const MAX_RANK = 63;

export function buildEnglishRussian(
  name: string,
  entries: readonly DictdIndexEntry[],
  read: (entry: DictdIndexEntry) => string,
): EnglishRussian {
  const headwords = new Map<string, number[]>();
  const forms = new Map<string, string>();
  const russian = new Map<string, number[]>();
  const stems = new Map<string, string[]>();
  // The article's own headword: the index keeps a sort key ("bankinghouse" for "banking house").
  const titles: string[] = [];
  entries.forEach((entry, n) => {
    const key = entry.headword.toLowerCase();
    const list = headwords.get(key);
    if (list) list.push(n);
    else headwords.set(key, [n]);
    const article = parseArticle(read(entry));
    titles.push(article.headword);
    for (const form of article.forms) if (!forms.has(form)) forms.set(form, key);
    // Prefixes ("co-", or "co" explained "в сложных словах", in compounds) describe, they do
    // not translate.
    const translates = /^[^-].*[^-]$/.test(article.headword) && !article.senses[0]?.startsWith('в сложных словах');
    if (!translates) return;
    article.terms.forEach((term, rank) => {
      const folded = foldRussian(term);
      const packed = n * 64 + Math.min(rank, MAX_RANK);
      const hits = russian.get(folded);
      if (hits) hits.push(packed);
      else {
        russian.set(folded, [packed]);
        const stem = folded.includes(' ') ? folded : russianStem(folded);
        const same = stems.get(stem);
        if (same) same.push(folded);
        else stems.set(stem, [folded]);
      }
    });
  });
  return {
    name,
    headwords,
    forms,
    russian,
    stems,
    article: (n) => parseArticle(read(entries[n] as DictdIndexEntry)),
    headword: (n) => titles[n] ?? '',
    size: entries.length,
  };
}

export interface EnglishEntry {
  headword: string;
  transcription: string | null;
  senses: string[];
}

/** The articles of an English word: its own form, else the first dictionary form that exists. */
export function lookupEnglish(dict: EnglishRussian, word: string): EnglishEntry[] {
  for (const candidate of englishCandidates(word)) {
    const key = candidate.toLowerCase();
    const lemma = dict.forms.get(key);
    const found = [...(dict.headwords.get(key) ?? []), ...(lemma ? (dict.headwords.get(lemma) ?? []) : [])];
    const entries = found
      .map((n) => dict.article(n))
      .filter((a) => a.senses.length > 0)
      .map(({ headword, transcription, senses }) => ({ headword, transcription, senses }));
    if (entries.length > 0) return entries;
  }
  return [];
}

export interface RussianEntry {
  /** The Russian dictionary form found (folded: lowercase, е for ё). */
  headword: string;
  /** English words it renders, the closest first. */
  english: string[];
}

const MAX_TERMS = 3;
const MAX_ENGLISH = 8;

/**
 * A Russian word through the reverse index: its own folded form, else every rendering with
 * the same stem (the nearest in length first).
 */
export function lookupRussian(dict: EnglishRussian, word: string): RussianEntry[] {
  const folded = foldRussian(word);
  const terms = dict.russian.has(folded)
    ? [folded]
    : [...(dict.stems.get(russianStem(folded)) ?? [])].sort(
        (a, b) => Math.abs(a.length - folded.length) - Math.abs(b.length - folded.length) || (a < b ? -1 : 1),
      );
  return terms.slice(0, MAX_TERMS).map((term) => {
    const hits = [...(dict.russian.get(term) ?? [])].sort((a, b) => (a % 64) - (b % 64) || a - b);
    const english: string[] = [];
    for (const packed of hits) {
      const n = Math.floor(packed / 64);
      const headword = dict.headword(n);
      if (!english.includes(headword)) english.push(headword);
      if (english.length >= MAX_ENGLISH) break;
    }
    return { headword: term, english };
  });
}
