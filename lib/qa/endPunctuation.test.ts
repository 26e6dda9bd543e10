import { describe, expect, it } from 'vitest';
import { checkEndPunctuation, endOf } from './endPunctuation';
import { qaInput } from './testInput';

describe('endOf', () => {
  it('reads the final mark past closing quotes in each language', () => {
    expect(endOf('It is “good.”')).toBe('period');
    expect(endOf('这是“好的。”')).toBe('period');
    expect(endOf('Это «хорошо»?')).toBe('question');
    expect(endOf('等等……')).toBe('ellipsis');
    expect(endOf('I. Heading')).toBe('none');
  });
});

describe('checkEndPunctuation', () => {
  it('accepts the same ending in another script', () => {
    expect(checkEndPunctuation(qaInput('Is it so?', '是这样吗？', 'zh'))).toEqual([]);
    expect(checkEndPunctuation(qaInput('It is so.', 'Это так.', 'ru'))).toEqual([]);
    expect(checkEndPunctuation(qaInput('标题', 'Title', 'en', { sourceLang: 'zh' }))).toEqual([]);
  });
  it('says what is missing, extra or different', () => {
    expect(checkEndPunctuation(qaInput('It is so.', '是这样', 'zh'))[0]).toMatchObject({
      key: 'end-missing',
      values: { source: '.' },
    });
    expect(checkEndPunctuation(qaInput('A heading', 'Заголовок.', 'ru'))[0]).toMatchObject({
      key: 'end-extra',
      values: { target: '.' },
    });
    expect(checkEndPunctuation(qaInput('是吗？', 'Is it.', 'en', { sourceLang: 'zh' }))[0]).toMatchObject({
      key: 'end-differs',
      values: { source: '?', target: '.' },
    });
  });
});
