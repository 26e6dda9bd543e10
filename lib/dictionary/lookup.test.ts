import { describe, expect, it } from 'vitest';
import { buildEnglishRussian } from './bilingual';
import { buildCedict } from './cedict';
import { type LookupQuery, dictionariesFor, lookup, parseLookupQuery } from './lookup';

const cedict = buildCedict([
  ['銀行', '银行', 'yin2 hang2', 'bank', [], []],
  ['行', '行', 'xing2', 'to walk; to go', [], []],
  ['國', '国', 'guo2', 'country; nation', [], []],
  ['國家', '国家', 'guo2 jia1', 'country; nation; state', [], []],
]);
const ARTICLES = ['country\n   [↗kʌntrɪ] _n.\n   1) страна\n   2) деревня\n'];
const englishRussian = buildEnglishRussian(
  'Test English–Russian',
  [{ headword: 'country', offset: 0, length: 0 }],
  () => ARTICLES[0] as string,
);
const dicts = { cedict, englishRussian };
const query = (q: Partial<LookupQuery>): LookupQuery => ({ lang: 'en', q: '', at: null, ui: 'en', ...q });

describe('parseLookupQuery', () => {
  const parse = (s: string) => parseLookupQuery(new URLSearchParams(s));

  it('reads a good query, stripping stress marks and soft hyphens', () => {
    expect(parse('lang=ru&q=стра\u0301\u00ADны&ui=zh')).toEqual({
      ok: true,
      query: { lang: 'ru', q: 'страны', at: null, ui: 'zh' },
    });
    expect(parse('lang=zh&q=中国银行&at=2')).toEqual({ ok: true, query: { lang: 'zh', q: '中国银行', at: 2, ui: 'en' } });
  });

  it('names every parameter at fault', () => {
    const result = parse('lang=de&ui=fr&q=' + 'x'.repeat(65));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual(['lang', 'ui', 'q']);
    expect(!parse('lang=en').ok && parse('lang=en')).toMatchObject({
      problems: [{ field: 'q', message: 'must be a word (not empty)' }],
    });
    expect(parse('lang=zh&q=银行&at=2')).toMatchObject({ ok: false, problems: [{ field: 'at' }] });
    expect(parse('lang=zh&q=银行&at=-1')).toMatchObject({ ok: false, problems: [{ field: 'at' }] });
    expect(parse('lang=en&q=a%00b')).toMatchObject({ ok: false, problems: [{ field: 'q' }] });
  });
});

describe('lookup', () => {
  it('glosses a Chinese word found around the click with pinyin', () => {
    const result = lookup(dicts, query({ lang: 'zh', q: '我的银行', at: 3 }));
    expect(result.word).toBe('银行');
    expect(result.entries).toEqual([
      { headword: '银行', lang: 'zh', reading: 'yín háng', traditional: '銀行', glosses: [{ lang: 'en', texts: ['bank'] }] },
    ]);
  });

  it('glosses an English plural in Russian and Chinese, the UI language first', () => {
    const en = lookup(dicts, query({ q: 'countries,' }));
    expect(en.word).toBe('countries');
    expect(en.entries[0]?.glosses).toEqual([
      { lang: 'ru', texts: ['страна', 'деревня'] },
      { lang: 'zh', texts: ['国', '国家'] },
    ]);
    expect(lookup(dicts, query({ q: 'countries', ui: 'zh' })).entries[0]?.glosses.map((g) => g.lang)).toEqual(['zh', 'ru']);
  });

  it('glosses a Russian word in English, and in the Chinese UI also in Chinese through English', () => {
    expect(lookup(dicts, query({ lang: 'ru', q: 'странами' })).entries).toEqual([
      { headword: 'страна', lang: 'ru', reading: null, traditional: null, glosses: [{ lang: 'en', texts: ['country'] }] },
    ]);
    expect(lookup(dicts, query({ lang: 'ru', q: 'страны', ui: 'zh' })).entries[0]?.glosses).toEqual([
      { lang: 'zh', texts: ['国', '国家'], via: 'en' },
      { lang: 'en', texts: ['country'] },
    ]);
  });

  it('answers an unknown word with no entries, and says which dictionary is not installed', () => {
    expect(lookup(dicts, query({ q: 'qwzx' }))).toEqual({
      ok: true,
      lang: 'en',
      word: 'qwzx',
      entries: [],
      missing: [],
      sources: ['Test English–Russian', 'CC-CEDICT'],
    });
    const none = lookup({ cedict: null, englishRussian: null }, query({ lang: 'ru', q: 'страны' }));
    expect(none).toEqual({ ok: true, lang: 'ru', word: 'страны', entries: [], missing: ['en-ru'], sources: [] });
    expect(dictionariesFor(query({ lang: 'zh' }))).toEqual(['cc-cedict']);
  });
});
