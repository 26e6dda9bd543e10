import { describe, expect, it } from 'vitest';
import { matchTokens, rankSuggestions, scoreMatch, tokenDistance } from './score';

describe('tokenDistance', () => {
  it('counts inserted, deleted and replaced tokens', () => {
    expect(tokenDistance(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(0);
    expect(tokenDistance(['a', 'b', 'c'], ['a', 'x', 'c'])).toBe(1);
    expect(tokenDistance(['a', 'b'], ['a', 'b', 'c', 'd'])).toBe(2);
    expect(tokenDistance([], ['a'])).toBe(1);
  });
});

describe('scoreMatch', () => {
  it('gives 100 only to the same text', () => {
    expect(scoreMatch('The train left at 23:40.', 'The train left at 23:40.')).toMatchObject({ score: 100, exact: true });
    expect(scoreMatch('The train left at 23:40.', 'the train left at 23:40.')).toMatchObject({
      score: 99,
      exact: false,
      edits: 0,
    });
  });
  it('scores English and Russian by words and Chinese by characters, and shows the sum', () => {
    // 9 tokens: The train left Novosibirsk at 23 : 40 . → one word replaced
    expect(scoreMatch('The train left Novosibirsk at 23:40.', 'The train left Omsk at 23:40.')).toEqual({
      score: 88,
      exact: false,
      edits: 1,
      length: 9,
    });
    expect(scoreMatch('列车驶离新西伯利亚。', '列车驶离鄂木斯克。').edits).toBe(5);
    expect(scoreMatch('Поезд отошёл от Новосибирска.', 'Поезд отошёл от Омска.').score).toBe(80);
  });
  it('tokenizes Han characters one by one', () => {
    expect(matchTokens('中俄 合作')).toEqual(['中', '俄', '合', '作']);
  });
});

describe('rankSuggestions', () => {
  it('puts the exact match first, then by score, and drops weak ones', () => {
    const stored = ['The train left Omsk at 23:40.', 'The train left Novosibirsk at 23:40.', 'Completely different words here.'];
    const ranked = rankSuggestions('The train left Novosibirsk at 23:40.', stored, (s) => s);
    expect(ranked.map((r) => [r.item, r.match.score])).toEqual([
      ['The train left Novosibirsk at 23:40.', 100],
      ['The train left Omsk at 23:40.', 88],
    ]);
  });
});
