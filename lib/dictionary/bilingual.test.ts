import { describe, expect, it } from 'vitest';
import { buildEnglishRussian, lookupEnglish, lookupRussian } from './bilingual';
import { parseDictdIndex } from './dictd';

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function encode(n: number): string {
  let out = '';
  do {
    out = DIGITS[n % 64] + out;
    n = Math.floor(n / 64);
  } while (n > 0);
  return out;
}

/** A dictd dictionary (index and text) made of these articles, as dictfmt would write it. */
function dictd(articles: string[]): { index: string; text: Buffer } {
  const text = Buffer.from(articles.join(''));
  let offset = 0;
  const lines = articles.map((article) => {
    const length = Buffer.byteLength(article);
    const line = `${article.split('\n')[0]?.replace(/ \/.*/, '')}\t${encode(offset)}\t${encode(length)}`;
    offset += length;
    return line;
  });
  return { index: `00databaseinfo\tA\tB\n${lines.join('\n')}\n`, text };
}

const { index, text } = dictd([
  'country\n   [↗kʌntrɪ] _n.\n   1) страна\n   2) деревня; in the country за городом\n',
  'go\n   [gɜʊ]\n   1. _v. (went - gone)\n      1) идти, ходить\n',
  'strategic\n   [strɜ↗ti:dʒɪk] _a. стратегический; оперативный\n',
  'strategical\n   [strɜ↗ti:dʒɪkɜl] = strategic; стратегический\n',
  'went\n   [wɛnt] _p. от go 1\n',
  'co\n   [kɜʊ] в сложных словах означает общность, совместность действий,\nсотрудничество, взаимность\n',
  'co-operation\n   [kɜʊ↘ɘpɜ↗rɛɪʃɜn] _n.\n   1) сотрудничество; совместные действия\n   2) кооперация\n',
]);
const dict = buildEnglishRussian('test', parseDictdIndex(index), (e) => text.toString('utf8', e.offset, e.offset + e.length));

describe('English → Russian', () => {
  it('finds a plural under its singular, with the transcription and Russian senses', () => {
    expect(lookupEnglish(dict, 'Countries')).toEqual([
      { headword: 'country', transcription: 'ˈkʌntrɪ', senses: ['страна', 'деревня'] },
    ]);
  });

  it('finds an irregular form under the word the dictionary names for it', () => {
    expect(lookupEnglish(dict, 'went').map((e) => e.headword)).toEqual(['go']);
  });

  it('finds cooperation under co-operation, and nothing for an unknown word', () => {
    expect(lookupEnglish(dict, 'cooperation')[0]?.senses).toEqual(['сотрудничество; совместные действия', 'кооперация']);
    expect(lookupEnglish(dict, 'zyxt')).toEqual([]);
  });
});

describe('Russian → English', () => {
  it('finds an inflected word through its stem, the closest rendering first', () => {
    expect(lookupRussian(dict, 'стратегического')).toEqual([
      { headword: 'стратегический', english: ['strategic', 'strategical'] },
    ]);
    // Not "co": its article explains the prefix, it does not translate it.
    expect(lookupRussian(dict, 'Сотру\u0301дничества')).toEqual([{ headword: 'сотрудничество', english: ['co-operation'] }]);
    expect(lookupRussian(dict, 'странами')).toEqual([{ headword: 'страна', english: ['country'] }]);
  });

  it('finds a word in its own form without stemming, and nothing for an unknown word', () => {
    expect(lookupRussian(dict, 'идти')).toEqual([{ headword: 'идти', english: ['go'] }]);
    expect(lookupRussian(dict, 'кошка')).toEqual([]);
  });
});
