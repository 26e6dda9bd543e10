import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../glossary/model';
import { checkCrossLatin, checkLatinNames } from './latinNames';
import { qaInput } from './testInput';

const sco: GlossaryEntry = {
  id: 1,
  documentId: null,
  terms: { en: ['SCO'], zh: ['上海合作组织'], ru: ['ШОС'] },
  forbidden: {},
  note: '',
};

describe('checkLatinNames', () => {
  it('keeps acronyms of an English source in Chinese and Russian', () => {
    expect(checkLatinNames(qaInput('TPP and TTIP', '跨太平洋伙伴关系协定（TPP）和TTIP', 'zh'))).toEqual([]);
    const ru = checkLatinNames(qaInput('TPP and TTIP', 'ТТП и TTIP', 'ru'));
    expect(ru.map((f) => [f.key, f.values.items])).toEqual([['latin-missing', 'TPP']]);
  });
  it('lets the glossary render an acronym', () => {
    expect(checkLatinNames(qaInput('within the SCO', 'в рамках ШОС', 'ru', { glossary: [sco] }))).toEqual([]);
  });
  it('keeps every Latin word of a Chinese or Russian source in English', () => {
    expect(checkLatinNames(qaInput('华为与Nokia', 'Huawei and Nokia', 'en', { sourceLang: 'zh' }))).toEqual([]);
    expect(checkLatinNames(qaInput('华为与Nokia', 'Huawei and Nokla', 'en', { sourceLang: 'zh' }))[0]?.values.items).toBe(
      'Nokia',
    );
  });
  it('flags a Latin name the source does not have', () => {
    expect(checkLatinNames(qaInput('the trade organisation', '世界贸易组织（WTO）', 'zh'))[0]?.key).toBe('latin-extra');
    expect(checkLatinNames(qaInput('Heading IV', 'Раздел IV', 'ru'))).toEqual([]);
  });
});

describe('checkCrossLatin', () => {
  it('says when the other target keeps a name of the source that this one drops', () => {
    const input = qaInput('Gazprom and Rosneft', '俄罗斯天然气工业股份公司与Rosneft', 'zh', {
      others: [{ lang: 'ru', text: 'Gazprom и Rosneft' }],
    });
    expect(checkCrossLatin(input).map((f) => [f.check, f.values.items, f.values.lang])).toEqual([
      ['cross-latin', 'Gazprom', 'ru'],
    ]);
  });
  it('is quiet when both agree, and leaves English acronyms to the source check', () => {
    const agree = qaInput('Gazprom', 'Gazprom公司', 'zh', { others: [{ lang: 'ru', text: 'компания Gazprom' }] });
    expect(checkCrossLatin(agree)).toEqual([]);
    const acronym = qaInput('the SCO', '上海合作组织', 'zh', { others: [{ lang: 'ru', text: 'SCO' }] });
    expect(checkCrossLatin(acronym)).toEqual([]);
    expect(
      checkCrossLatin(qaInput('Gazprom', 'Gazprom', 'en', { sourceLang: 'ru', others: [{ lang: 'zh', text: 'x' }] })),
    ).toEqual([]);
  });
});
