import { describe, expect, it } from 'vitest';
import { qaInput } from './testInput';
import { checkZhPunctuation } from './zhPunctuation';

describe('checkZhPunctuation', () => {
  it('accepts full-width punctuation and half-width inside Latin or numbers', () => {
    expect(checkZhPunctuation(qaInput('x', '会上，学者们提出了“不完全市场经济”的思路；《报告》指出：增长3.5%！', 'zh'))).toEqual(
      [],
    );
    expect(checkZhPunctuation(qaInput('x', '协定（TPP）与“1+1, 2+1”模式', 'zh'))).toEqual([]);
  });
  it('flags half-width punctuation next to Han characters and straight quotes', () => {
    const found = checkZhPunctuation(qaInput('x', '会上,学者们提出了"新思路".是吗?', 'zh'));
    expect(found.map((f) => [f.check, f.values.items])).toEqual([['zh-punctuation', ',, ", ., ?']]);
    expect(checkZhPunctuation(qaInput('x', '中俄(两国)合作', 'zh'))[0]?.values.items).toBe('(, )');
  });
  it('does not apply to English or Russian', () => {
    expect(checkZhPunctuation(qaInput('x', 'Hello, world.', 'en', { sourceLang: 'zh' }))).toEqual([]);
    expect(checkZhPunctuation(qaInput('x', 'Привет, мир.', 'ru'))).toEqual([]);
  });
});
