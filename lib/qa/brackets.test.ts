import { describe, expect, it } from 'vitest';
import { checkBrackets, unmatched } from './brackets';
import { qaInput } from './testInput';

describe('unmatched', () => {
  it('pairs each language’s brackets and quotes', () => {
    expect(unmatched('a (b) “c” [d]', 'en')).toEqual([]);
    expect(unmatched('《报告》（TPP）“引文”', 'zh')).toEqual([]);
    expect(unmatched('«модель „рыночной“ экономики» (ЗСТ)', 'ru')).toEqual([]);
    expect(unmatched('a (b', 'en')).toEqual(['(']);
    expect(unmatched('《报告', 'zh')).toEqual(['《']);
    expect(unmatched('модель» (а', 'ru')).toEqual(['»', '(']);
  });
});

describe('checkBrackets', () => {
  it('flags unmatched marks in the translation', () => {
    expect(checkBrackets(qaInput('the (TPP) deal', '协定（TPP', 'zh'))[0]?.values.items).toBe('（');
    expect(checkBrackets(qaInput('the “model”', 'модель «рыночной', 'ru'))[0]?.severity).toBe('error');
    expect(checkBrackets(qaInput('模式（1+1）', 'pattern (1+1', 'en', { sourceLang: 'zh' }))).toHaveLength(1);
  });
  it('accepts matched marks, and what the source itself leaves open', () => {
    expect(checkBrackets(qaInput('the (TPP) deal', '协定（TPP）', 'zh'))).toEqual([]);
    expect(checkBrackets(qaInput('1) first', '1) во-первых', 'ru'))).toEqual([]);
  });
});
