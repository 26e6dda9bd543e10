import { isLang, type Lang } from '../languages';
import { type EnglishRussian, lookupEnglish, lookupRussian } from './bilingual';
import { type Cedict, chineseForEnglish, lookupChinese, wordAt } from './cedict';
import { englishCandidates } from './english';
import { MAX_QUERY_LENGTH, stripReadingMarks, trimToWord } from './text';

export type DictionaryName = 'cc-cedict' | 'en-ru';

const CEDICT_NAME = 'CC-CEDICT';

export interface LookupQuery {
  /** The language of the text looked up. */
  lang: Lang;
  /** A word, or for Chinese the text around the click. */
  q: string;
  /** For Chinese: the UTF-16 index in `q` of the character clicked; null looks up `q` itself. */
  at: number | null;
  /** The UI language: glosses in it come first. */
  ui: Lang;
}

export interface QueryProblem {
  /** The query parameter at fault. */
  field: 'lang' | 'q' | 'at' | 'ui';
  message: string;
}

/** Reads and checks `?lang=&q=&at=&ui=`: every problem names its parameter. */
export function parseLookupQuery(
  params: URLSearchParams,
): { ok: true; query: LookupQuery } | { ok: false; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const lang = params.get('lang');
  const ui = params.get('ui') ?? 'en';
  const raw = params.get('q');
  const atText = params.get('at');
  if (!isLang(lang)) problems.push({ field: 'lang', message: 'must be one of en, zh, ru' });
  if (!isLang(ui)) problems.push({ field: 'ui', message: 'must be one of en, zh, ru' });
  // Marks and spaces are stripped before the length is counted, but a text far over any
  // limit is not worked on at all.
  const q = raw === null || raw.length > MAX_QUERY_LENGTH * 8 ? (raw ?? '') : stripReadingMarks(raw).trim();
  if (q.length === 0) problems.push({ field: 'q', message: 'must be a word (not empty)' });
  else if ([...q].length > MAX_QUERY_LENGTH)
    problems.push({ field: 'q', message: `must be at most ${MAX_QUERY_LENGTH} characters` });
  else if (/[\p{Cc}\p{Cs}]/u.test(q)) problems.push({ field: 'q', message: 'must not contain control characters' });
  let at: number | null = null;
  if (atText !== null) {
    at = /^\d{1,3}$/.test(atText) ? Number(atText) : NaN;
    if (!Number.isInteger(at) || at >= q.length) problems.push({ field: 'at', message: 'must be the index of a character in q' });
  }
  if (problems.length > 0 || !isLang(lang) || !isLang(ui)) return { ok: false, problems };
  return { ok: true, query: { lang, q, at, ui } };
}

/** Which dictionaries a query needs (the server loads only those). */
export function dictionariesFor(query: LookupQuery): DictionaryName[] {
  if (query.lang === 'zh') return ['cc-cedict'];
  if (query.lang === 'ru') return query.ui === 'zh' ? ['en-ru', 'cc-cedict'] : ['en-ru'];
  return ['en-ru', 'cc-cedict'];
}

export interface Gloss {
  lang: Lang;
  texts: string[];
  /** Set when the gloss was found through another language (a Russian word → English → Chinese). */
  via?: Lang;
}

export interface LookupEntry {
  headword: string;
  lang: Lang;
  /** Pinyin for Chinese, a transcription for English. */
  reading: string | null;
  /** The traditional form, where it differs. */
  traditional: string | null;
  glosses: Gloss[];
}

export interface LookupResult {
  ok: true;
  lang: Lang;
  /** The word looked up (for Chinese, the dictionary word found around the click). */
  word: string;
  entries: LookupEntry[];
  /** Dictionaries this look-up needed that are not installed on the server. */
  missing: DictionaryName[];
  /** The names of the dictionaries consulted, to credit them. */
  sources: string[];
}

export interface Dictionaries {
  cedict: Cedict | null;
  englishRussian: EnglishRussian | null;
}

/** Gloss lists with the UI language's first. */
function ordered(glosses: Gloss[], ui: Lang): Gloss[] {
  return glosses.filter((g) => g.texts.length > 0).sort((a, b) => Number(b.lang === ui) - Number(a.lang === ui));
}

function chinese(dict: Cedict, query: LookupQuery): { word: string; entries: LookupEntry[] } {
  let word = query.q;
  if (query.at !== null || !dict.words.has(word)) {
    const found = wordAt(dict, query.q, query.at ?? 0);
    word = found?.word ?? [...query.q.slice(query.at ?? 0)].slice(0, 1).join('');
  }
  const entries = lookupChinese(dict, word).map((e) => ({
    headword: e.simplified,
    lang: 'zh' as const,
    reading: e.pinyin,
    traditional: e.traditional === e.simplified ? null : e.traditional,
    glosses: [{ lang: 'en' as const, texts: e.senses }],
  }));
  return { word, entries };
}

/** Chinese for an English headword, also in its unhyphenated spelling (co-operation). */
function chineseFor(dict: Cedict, word: string, limit?: number): string[] {
  const found = chineseForEnglish(dict, word, limit);
  return found.length > 0 || !word.includes('-') ? found : chineseForEnglish(dict, word.replace(/-/g, ''), limit);
}

function russian(dicts: Dictionaries, query: LookupQuery): LookupEntry[] {
  if (!dicts.englishRussian) return [];
  return lookupRussian(dicts.englishRussian, query.q).map((e) => {
    const glosses: Gloss[] = [{ lang: 'en', texts: e.english }];
    if (query.ui === 'zh' && dicts.cedict) {
      const cedict = dicts.cedict;
      const zh = [...new Set(e.english.slice(0, 3).flatMap((en) => chineseFor(cedict, en, 3)))].slice(0, 6);
      glosses.push({ lang: 'zh', texts: zh, via: 'en' });
    }
    return { headword: e.headword, lang: 'ru' as const, reading: null, traditional: null, glosses: ordered(glosses, query.ui) };
  });
}

function english(dicts: Dictionaries, query: LookupQuery): LookupEntry[] {
  const zhFor = (word: string) => (dicts.cedict ? chineseFor(dicts.cedict, word) : []);
  if (dicts.englishRussian) {
    const entries = lookupEnglish(dicts.englishRussian, query.q);
    if (entries.length > 0) {
      return entries.map((e) => ({
        headword: e.headword,
        lang: 'en' as const,
        reading: e.transcription,
        traditional: null,
        glosses: ordered(
          [
            { lang: 'ru', texts: e.senses },
            { lang: 'zh', texts: zhFor(e.headword) },
          ],
          query.ui,
        ),
      }));
    }
  }
  for (const candidate of englishCandidates(query.q)) {
    const zh = zhFor(candidate);
    if (zh.length > 0)
      return [
        { headword: candidate.toLowerCase(), lang: 'en', reading: null, traditional: null, glosses: [{ lang: 'zh', texts: zh }] },
      ];
  }
  return [];
}

/** Looks a query up in the dictionaries given (null: not installed). */
export function lookup(dicts: Dictionaries, query: LookupQuery): LookupResult {
  const needed = dictionariesFor(query);
  const missing = needed.filter((name) => (name === 'cc-cedict' ? !dicts.cedict : !dicts.englishRussian));
  const sources = needed
    .map((name) => (name === 'cc-cedict' ? dicts.cedict && CEDICT_NAME : dicts.englishRussian?.name))
    .filter((name): name is string => Boolean(name));
  if (query.lang === 'zh') {
    const found = dicts.cedict ? chinese(dicts.cedict, query) : { word: query.q, entries: [] };
    return { ok: true, lang: 'zh', word: found.word, entries: found.entries, missing, sources };
  }
  const word = trimToWord(query.q) || query.q;
  const q = { ...query, q: word };
  const entries = query.lang === 'ru' ? russian(dicts, q) : english(dicts, q);
  return { ok: true, lang: query.lang, word, entries, missing, sources };
}
