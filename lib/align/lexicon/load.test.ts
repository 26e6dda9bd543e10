import { describe, expect, it } from 'vitest';
import { englishStem, russianStem } from './concepts';
import { base64Number, cedictLexicon, dictdLexicon, glossStems, loadLexicons } from './load';

describe('dictionary loading', () => {
  it('keeps plain glosses of CC-CEDICT entries', () => {
    expect(glossStems('to install')).toEqual(['install']);
    expect(glossStems('software package')).toEqual(['software', 'package'].map(englishStem));
    expect(glossStems('CL:個|个[ge4]')).toEqual([]);
    expect(glossStems('variant of 安裝|安装')).toEqual([]);
    const lexicon = cedictLexicon([
      ['軟件包', '软件包', 'ruan3 jian4 bao1', 'software package'],
      ['書', '书', 'shu1', 'book'],
    ]);
    expect(lexicon.get('软件包')).toEqual(['software', 'package'].map(englishStem));
    // Single characters are too vague to be evidence.
    expect(lexicon.has('书')).toBe(false);
  });

  it('inverts a dictd English–Russian dictionary', () => {
    expect(base64Number('A')).toBe(0);
    expect(base64Number('BA')).toBe(64);
    const dict = 'package\n  [pakidzh] _n. пакет, тюк\nwinter\n  _n. зима\n';
    const bytes = new TextEncoder().encode(dict);
    const winterAt = new TextEncoder().encode(dict.slice(0, dict.indexOf('winter'))).length;
    const b64 = (n: number) => {
      const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
      let s = '';
      do {
        s = digits[n % 64] + s;
        n = Math.floor(n / 64);
      } while (n > 0);
      return s;
    };
    const index = `package\t${b64(0)}\t${b64(winterAt)}\nwinter\t${b64(winterAt)}\t${b64(bytes.length - winterAt)}\n`;
    const lexicon = dictdLexicon(index, bytes);
    expect(lexicon.get(russianStem('пакетов'))).toEqual([englishStem('package')]);
    expect(lexicon.get(russianStem('зимой'))).toEqual([englishStem('winter')]);
  });

  it('loads the installed dictionaries once', async () => {
    const lexicons = await loadLexicons();
    expect(await loadLexicons()).toBe(lexicons);
    expect(lexicons.zh?.get('软件包')).toContain(englishStem('package'));
    expect(lexicons.ru?.get(russianStem('пакет'))).toContain(englishStem('package'));
  }, 60_000);
});
