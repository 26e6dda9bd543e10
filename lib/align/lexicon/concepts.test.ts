import { describe, expect, it } from 'vitest';
import { conceptKeys, englishConcepts, englishStem, russianStem, type Lexicons } from './concepts';

const lexicons: Lexicons = {
  zh: new Map([
    ['软件包', ['software', 'package']],
    ['安装', ['install']],
    ['安装程序', ['installer']],
  ]),
  ru: new Map([
    ['пакет', ['package']],
    ['устан', ['install']],
  ]),
};

describe('concept keys', () => {
  it('stems English words and drops stopwords', () => {
    expect(englishStem('packages')).toBe('packag');
    expect(englishStem('package')).toBe('packag');
    expect(englishStem('installing')).toBe('install');
    expect(englishConcepts('The packages are installed')).toEqual(['packag', 'install']);
  });

  it('cuts Russian words to a stem that meets across cases', () => {
    expect(russianStem('Пакетов')).toBe(russianStem('пакеты'));
    expect(russianStem('ёж')).toBe('еж');
  });

  it('maps each language into English concepts, once per paragraph', () => {
    expect(conceptKeys('Install the package, then the other package.', 'en', {})).toEqual(['Winstall', 'Wpackag']);
    expect(
      conceptKeys('安装软件包，再安装程序。', 'zh', {
        zh: new Map([
          ['软件包', ['packag']],
          ['安装', ['install']],
          ['安装程序', ['installer']],
        ]),
      }),
    ).toEqual(['Winstall', 'Wpackag', 'Winstaller']);
    expect(
      conceptKeys('Установите пакеты.', 'ru', {
        ru: new Map([
          ['пакет', ['packag']],
          ['устан', ['install']],
        ]),
      }),
    ).toEqual(['Winstall', 'Wpackag']);
  });

  it('gives nothing for a language without a lexicon', () => {
    expect(conceptKeys('安装软件包', 'zh', {})).toBeUndefined();
    expect(conceptKeys('安装软件包', 'zh', lexicons)).toContain('Wsoftware');
  });
});
