import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../glossary/model';
import { qaInput } from './testInput';
import { checkUntranslated } from './untranslated';

describe('checkUntranslated', () => {
  it('flags a translation equal to its source in every language', () => {
    expect(checkUntranslated(qaInput('Key issues', 'Key issues', 'zh'))[0]?.key).toBe('untranslated-same');
    expect(checkUntranslated(qaInput('Key issues', ' Key issues ', 'ru'))[0]?.key).toBe('untranslated-same');
    expect(checkUntranslated(qaInput('关键问题', '关键问题', 'en', { sourceLang: 'zh' }))[0]?.key).toBe('untranslated-same');
  });
  it('accepts a segment of numbers or one that differs', () => {
    expect(checkUntranslated(qaInput('2016', '2016', 'zh'))).toEqual([]);
    expect(checkUntranslated(qaInput('Key issues', '关键问题', 'zh'))).toEqual([]);
    expect(checkUntranslated(qaInput('关键问题', 'Key issues', 'en', { sourceLang: 'zh' }))).toEqual([]);
  });
  it('flags ordinary English words left in Chinese or Russian, not acronyms', () => {
    expect(checkUntranslated(qaInput('a win-win market economy', '一种win-win的市场经济', 'zh'))[0]?.values.items).toBe(
      'win-win',
    );
    expect(checkUntranslated(qaInput('the market economy', 'рыночная economy', 'ru'))[0]?.values.items).toBe('economy');
    expect(checkUntranslated(qaInput('the TPP deal', 'соглашение TPP', 'ru'))).toEqual([]);
  });
  it('allows what a glossary term of the language contains', () => {
    const valdai: GlossaryEntry = {
      id: 1,
      documentId: null,
      terms: { en: ['Valdai Club'], ru: ['клуб Valdai'] },
      forbidden: {},
      note: '',
    };
    expect(checkUntranslated(qaInput('the Valdai Club', 'клуб Valdai', 'ru', { glossary: [valdai] }))).toEqual([]);
    expect(checkUntranslated(qaInput('the Valdai Club', 'клуб Valdai', 'ru'))[0]?.values.items).toBe('Valdai');
  });
});
