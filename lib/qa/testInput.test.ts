import { expect, it } from 'vitest';
import { qaInput } from './testInput';

it('builds an English-source input with nothing else', () => {
  expect(qaInput('a', 'b', 'zh')).toEqual({
    sourceLang: 'en',
    lang: 'zh',
    source: 'a',
    text: 'b',
    glossary: [],
    others: [],
    lengthRange: null,
  });
});
