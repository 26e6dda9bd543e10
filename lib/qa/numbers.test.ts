import { describe, expect, it } from 'vitest';
import { checkCrossNumbers, checkNumbers, extractNumbers, parseChineseNumeral } from './numbers';
import type { QaInput } from './types';

const input = (
  source: string,
  text: string,
  lang: 'zh' | 'ru' | 'en' = 'zh',
  sourceLang: 'en' | 'zh' | 'ru' = 'en',
): QaInput => ({
  sourceLang,
  lang,
  source,
  text,
  glossary: [],
  others: [],
  lengthRange: null,
});

describe('extractNumbers', () => {
  it('reads digits as each language groups them', () => {
    expect([...extractNumbers('1,000.5 and 2016', 'en').strong]).toEqual(['1000.5', '2016']);
    expect([...extractNumbers('1\u00a0000,5 и 2,5', 'ru').strong]).toEqual(['1000.5', '2.5']);
    expect([...extractNumbers('１２３４５与2016年', 'zh').strong]).toEqual(['12345', '2016']);
  });
  it('counts percentages and multipliers', () => {
    expect([...extractNumbers('up 50% to 1.5 billion', 'en').strong]).toEqual(['50%', '1500000000']);
    expect([...extractNumbers('рост на 50\u00a0% до 1,5 млрд', 'ru').strong]).toEqual(['50%', '1500000000']);
    expect([...extractNumbers('增长50%，达到15亿', 'zh').strong]).toEqual(['50%', '1500000000']);
  });
  it('reads Chinese numerals, firm with 万/亿 and as digit-by-digit years', () => {
    expect(parseChineseNumeral('五十')).toBe(50);
    expect(parseChineseNumeral('三千万')).toBe(30_000_000);
    expect(parseChineseNumeral('二〇一六')).toBe(2016);
    expect(parseChineseNumeral('十二')).toBe(12);
    const zh = extractNumbers('五万人，二〇一六年，五十位', 'zh');
    expect([...zh.strong]).toEqual(['50000', '2016']);
    expect(zh.weak.has('50')).toBe(true);
    expect(extractNumbers('百分之五十', 'zh').strong.has('50%')).toBe(true);
  });
  it('knows months and number words as weak numbers', () => {
    expect(extractNumbers('On March 25', 'en').weak.has('3')).toBe(true);
    expect(extractNumbers('25 марта', 'ru').weak.has('3')).toBe(true);
    expect(extractNumbers('four scenarios', 'en').weak.has('4')).toBe(true);
    expect(extractNumbers('пятнадцать экспертов', 'ru').strong.size).toBe(0);
  });
});

describe('checkNumbers', () => {
  it('passes faithful numbers in Chinese and Russian, dates included', () => {
    const en = 'On March 25–26, 2016, over 50 experts met; growth was 3.5%.';
    expect(checkNumbers(input(en, '2016年3月25日至26日，50余位专家会面；增长3.5%。'))).toEqual([]);
    expect(checkNumbers(input(en, '25–26 марта 2016 года более 50 экспертов встретились; рост 3,5 %.', 'ru'))).toEqual([]);
  });
  it('catches a changed year and a changed count', () => {
    const found = checkNumbers(input('In 2016, 50 experts met.', '2061年，500位专家会面。'));
    expect(found.map((f) => [f.key, f.values.items])).toEqual([
      ['numbers-missing', '2016, 50'],
      ['numbers-extra', '2061, 500'],
    ]);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
  });
  it('accepts Russian thousands with spaces and Chinese 万 for English digits', () => {
    expect(checkNumbers(input('about 50,000 people', 'около 50\u00a0000 человек', 'ru'))).toEqual([]);
    expect(checkNumbers(input('about 50,000 people', '约5万人'))).toEqual([]);
    expect(checkNumbers(input('about 50,000 people', '约五万人'))).toEqual([]);
    expect(checkNumbers(input('about 50,000 people', '约5千人'))[0]?.key).toBe('numbers-missing');
  });
  it('works from a Chinese source into English', () => {
    expect(checkNumbers(input('五十位专家', '50 experts', 'en', 'zh'))).toEqual([]);
    expect(checkNumbers(input('五十位专家', '15 experts', 'en', 'zh'))[0]?.values.items).toBe('15');
  });
});

describe('checkCrossNumbers', () => {
  it('finds targets that disagree where each alone agrees with a source in words', () => {
    const base = input('They met in March.', '他们于3月会面。');
    const findings = checkCrossNumbers({ ...base, others: [{ lang: 'ru', text: 'Они встретились в мае.' }] });
    expect(findings.map((f) => [f.check, f.values.items])).toEqual([['cross-numbers', '3']]);
    const ru = checkCrossNumbers({
      ...input('They met in March.', 'Они встретились в мае.', 'ru'),
      others: [{ lang: 'zh', text: '他们于3月会面。' }],
    });
    expect(ru).toHaveLength(1);
  });
  it('stays quiet when the targets agree, or when the source settles it', () => {
    const agree = { ...input('fifty experts', '50位专家'), others: [{ lang: 'ru' as const, text: '50 экспертов' }] };
    expect(checkCrossNumbers(agree)).toEqual([]);
    const wordsBoth = { ...input('fifty experts', '50位专家'), others: [{ lang: 'ru' as const, text: 'пятьдесят экспертов' }] };
    expect(checkCrossNumbers(wordsBoth)).toEqual([]);
    const settled = { ...input('50 experts', '50位专家'), others: [{ lang: 'ru' as const, text: '15 экспертов' }] };
    expect(checkCrossNumbers(settled)).toEqual([]);
  });
});
