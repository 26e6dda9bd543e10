import { describe, expect, it } from 'vitest';
import { checkRuQuotes } from './ruQuotes';
import { qaInput } from './testInput';

describe('checkRuQuotes', () => {
  it('accepts «» with „“ inside', () => {
    expect(checkRuQuotes(qaInput('x', 'модель «неполной „рыночной“ экономики»', 'ru'))).toEqual([]);
  });
  it('flags straight quotes, ” and an opening “', () => {
    expect(checkRuQuotes(qaInput('x', 'модель "неполной" экономики', 'ru'))[0]?.values.items).toBe('"');
    expect(checkRuQuotes(qaInput('x', 'модель “неполной” экономики', 'ru'))[0]?.values.items).toBe('“ ”');
  });
  it('does not apply to English or Chinese', () => {
    expect(checkRuQuotes(qaInput('x', 'the “incomplete” market', 'en', { sourceLang: 'ru' }))).toEqual([]);
    expect(checkRuQuotes(qaInput('x', '“不完全市场经济”', 'zh'))).toEqual([]);
  });
});
