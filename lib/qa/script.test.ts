import { describe, expect, it } from 'vitest';
import { hasLatinWord, isAcronym, isLatinName, latinWords } from './script';

describe('latin words', () => {
  it('finds Latin words in all three languages, full-width ones folded', () => {
    expect(latinWords('The SREB and the EAEU')).toEqual(['The', 'SREB', 'and', 'the', 'EAEU']);
    expect(latinWords('跨太平洋伙伴关系协定（TPP）与Ｇ２０')).toEqual(['TPP', 'G20']);
    expect(latinWords('зона (FTA) и O’Neill')).toEqual(['FTA', 'O’Neill']);
    expect(latinWords('Только кириллица и 中文')).toEqual([]);
  });
  it('tells acronyms and names from ordinary words', () => {
    expect(isAcronym('EAEU')).toBe(true);
    expect(isAcronym('G20')).toBe(true);
    expect(isAcronym('I')).toBe(false);
    expect(isAcronym('The')).toBe(false);
    expect(isLatinName('Baikal')).toBe(true);
    expect(isLatinName('market')).toBe(false);
  });
  it('matches acronyms by case and words regardless of case', () => {
    expect(hasLatinWord('中国与SCO', 'SCO')).toBe(true);
    expect(hasLatinWord('the sco', 'SCO')).toBe(false);
    expect(hasLatinWord('Market economy', 'market')).toBe(true);
  });
});
