import { describe, expect, it } from 'vitest';
import { pinyinWithMarks } from './pinyin';

describe('pinyinWithMarks', () => {
  it('puts the tone on a or e, on the o of ou, else on the last vowel', () => {
    expect(pinyinWithMarks('yin2 hang2')).toBe('yín háng');
    expect(pinyinWithMarks('xie2 zuo4')).toBe('xié zuò');
    expect(pinyinWithMarks('gou3 hui4 liu2')).toBe('gǒu huì liú');
  });

  it('writes ü for u: and v, keeps capitals and drops the neutral tone number', () => {
    expect(pinyinWithMarks('zhan4 lu:e4')).toBe('zhàn lüè');
    expect(pinyinWithMarks('nv3')).toBe('nǚ');
    expect(pinyinWithMarks('Zhong1 guo2')).toBe('Zhōng guó');
    expect(pinyinWithMarks('ma5 er2 r5')).toBe('ma ér r');
  });

  it('leaves letters and numbers that are no syllable alone', () => {
    expect(pinyinWithMarks('san1 D da3 yin4')).toBe('sān D dǎ yìn');
  });
});
