import { describe, expect, it } from 'vitest';
import { checkSpaces } from './spaces';
import { qaInput } from './testInput';

describe('checkSpaces', () => {
  it('accepts single spaces in every language', () => {
    expect(checkSpaces(qaInput('x', 'Это так.', 'ru'))).toEqual([]);
    expect(checkSpaces(qaInput('x', '是这样。', 'zh'))).toEqual([]);
    expect(checkSpaces(qaInput('x', 'It is so.', 'en', { sourceLang: 'zh' }))).toEqual([]);
  });
  it('flags double and edge spaces', () => {
    expect(checkSpaces(qaInput('x', 'Это  так.', 'ru')).map((f) => f.key)).toEqual(['spaces-double']);
    expect(checkSpaces(qaInput('x', '是这样。 ', 'zh')).map((f) => f.key)).toEqual(['spaces-edge']);
    expect(checkSpaces(qaInput('x', ' It is\u00a0 so.', 'en', { sourceLang: 'zh' })).map((f) => f.key)).toEqual([
      'spaces-double',
      'spaces-edge',
    ]);
  });
});
