import { describe, expect, it } from 'vitest';
import { qaInput } from './testInput';
import { checkZhSpacing } from './zhSpacing';

describe('checkZhSpacing', () => {
  it('accepts Chinese without spaces, Latin words included', () => {
    expect(checkZhSpacing(qaInput('x', '中国与欧亚经济联盟（EAEU）的对接', 'zh'))).toEqual([]);
  });
  it('counts spaces next to Han characters or full-width punctuation', () => {
    expect(checkZhSpacing(qaInput('x', '中国 与 EAEU 的对接， 以及', 'zh'))[0]?.values.count).toBe('4');
    expect(checkZhSpacing(qaInput('x', '中国\u3000合作', 'zh'))).toHaveLength(1);
  });
  it('does not apply to English or Russian', () => {
    expect(checkZhSpacing(qaInput('x', 'China 中国', 'en', { sourceLang: 'zh' }))).toEqual([]);
    expect(checkZhSpacing(qaInput('x', 'Китай 中国', 'ru'))).toEqual([]);
  });
});
