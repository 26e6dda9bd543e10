import { describe, expect, it } from 'vitest';
import { findTerm, firstTermIn, hasTerm } from './match';

describe('findTerm', () => {
  it('finds Chinese terms as written, with offsets', () => {
    expect(findTerm('推进丝绸之路经济带与欧亚经济联盟对接', '欧亚经济联盟', 'zh')).toEqual([{ start: 10, end: 16 }]);
    expect(hasTerm('欧亚经济', '欧亚经济联盟', 'zh')).toBe(false);
  });
  it('finds English terms as whole words in any case, plural and possessive', () => {
    expect(hasTerm('the silk road economic belt', 'Silk Road Economic Belt', 'en')).toBe(true);
    expect(hasTerm('free trade areas', 'free trade area', 'en')).toBe(true);
    expect(hasTerm('the EAEU’s members', 'EAEU', 'en')).toBe(true);
    expect(hasTerm('the EAEUX members', 'EAEU', 'en')).toBe(false);
    expect(hasTerm('the EAEU members', 'EAEU', 'en')).toBe(true);
    expect(hasTerm('the eaeu members', 'EAEU', 'en')).toBe(false);
    expect(hasTerm('freedom', 'free', 'en')).toBe(false);
  });
  it('finds Russian terms in any grammatical case, ё read as е', () => {
    const text = 'собрались в\u00a0Восточно-Китайском педагогическом университете';
    expect(findTerm(text, 'Восточно-Китайский педагогический университет', 'ru')).toEqual([{ start: 12, end: text.length }]);
    expect(hasTerm('Экономического пояса Шелкового пути', 'Экономический пояс Шёлкового пути', 'ru')).toBe(true);
    expect(hasTerm('членами ЕАЭС', 'ЕАЭС', 'ru')).toBe(true);
    expect(hasTerm('Евразийский союз', 'Евразийский экономический союз', 'ru')).toBe(false);
  });
  it('names the first term found', () => {
    expect(firstTermIn('членами ЕАЭС', ['Евразийский экономический союз', 'ЕАЭС'], 'ru')).toBe('ЕАЭС');
    expect(firstTermIn('nothing', ['ЕАЭС'], 'ru')).toBeUndefined();
  });
});
