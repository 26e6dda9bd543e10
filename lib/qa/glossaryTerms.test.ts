import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../glossary/model';
import { checkCrossGlossary, checkForbidden, checkGlossary } from './glossaryTerms';
import { qaInput } from './testInput';

const eaeu: GlossaryEntry = {
  id: 1,
  documentId: 'd',
  terms: { en: ['Eurasian Economic Union', 'EAEU'], zh: ['欧亚经济联盟'], ru: ['Евразийский экономический союз', 'ЕАЭС'] },
  forbidden: { zh: ['欧亚联盟'], ru: ['Евразийский союз'], en: ['Eurasian Union'] },
  note: '',
};
const glossary = [eaeu];

describe('checkGlossary', () => {
  it('accepts the preferred term or an allowed variant, in any Russian case', () => {
    expect(checkGlossary(qaInput('members of the EAEU', '欧亚经济联盟成员国', 'zh', { glossary }))).toEqual([]);
    expect(checkGlossary(qaInput('members of the EAEU', 'члены ЕАЭС', 'ru', { glossary }))).toEqual([]);
    expect(
      checkGlossary(qaInput('the Eurasian Economic Union', 'Евразийского экономического союза', 'ru', { glossary })),
    ).toEqual([]);
  });
  it('names the term the translation misses', () => {
    const zh = checkGlossary(qaInput('members of the EAEU', '欧亚联盟成员国', 'zh', { glossary }));
    expect(zh.map((f) => [f.check, f.values.items])).toEqual([['glossary', 'EAEU → 欧亚经济联盟']]);
    const en = checkGlossary(qaInput('欧亚经济联盟', 'the Union', 'en', { sourceLang: 'zh', glossary }));
    expect(en[0]?.values.items).toBe('欧亚经济联盟 → Eurasian Economic Union');
  });
});

describe('checkForbidden', () => {
  it('flags forbidden variants in each language', () => {
    expect(checkForbidden(qaInput('EAEU', '欧亚联盟', 'zh', { glossary }))[0]?.severity).toBe('error');
    expect(checkForbidden(qaInput('EAEU', 'в Евразийском союзе', 'ru', { glossary }))[0]?.values.items).toBe(
      'Евразийский союз → Евразийский экономический союз',
    );
    expect(checkForbidden(qaInput('欧亚经济联盟', 'the Eurasian Union', 'en', { sourceLang: 'zh', glossary }))).toHaveLength(1);
  });
  it('accepts the allowed forms', () => {
    expect(checkForbidden(qaInput('EAEU', '欧亚经济联盟', 'zh', { glossary }))).toEqual([]);
    expect(checkForbidden(qaInput('EAEU', 'Евразийский экономический союз', 'ru', { glossary }))).toEqual([]);
  });
});

describe('checkCrossGlossary', () => {
  it('finds a term one target uses and the other does not render, where the source only says "the Union"', () => {
    const zh = qaInput('the Union grows', '欧亚经济联盟在扩大', 'zh', {
      glossary,
      others: [{ lang: 'ru', text: 'Союз расширяется' }],
    });
    expect(checkCrossGlossary(zh)).toEqual([]);
    const ru = qaInput('the Union grows', 'Союз расширяется', 'ru', {
      glossary,
      others: [{ lang: 'zh', text: '欧亚经济联盟在扩大' }],
    });
    expect(checkCrossGlossary(ru).map((f) => [f.check, f.values.items])).toEqual([
      ['cross-glossary', '欧亚经济联盟 → Евразийский экономический союз'],
    ]);
  });
  it('leaves terms the source names to each target’s own glossary check', () => {
    const ru = qaInput('the EAEU grows', 'Союз расширяется', 'ru', {
      glossary,
      others: [{ lang: 'zh', text: '欧亚经济联盟在扩大' }],
    });
    expect(checkCrossGlossary(ru)).toEqual([]);
  });
});
