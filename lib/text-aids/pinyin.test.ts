import { describe, expect, it } from 'vitest';
import { chineseTokens, type ChineseToken, tokensText, toneOf } from './pinyin';
import { toTraditional } from './script';

/** The reading of each character of `word` where it stands in `text`. */
function readingsOf(text: string, word: string): (string | null)[] {
  const tokens = chineseTokens(text);
  const found = tokens.find((t) => t.kind === 'word' && t.chars.map((c) => c.char).join('') === word);
  if (!found || found.kind !== 'word') throw new Error(`${word} is not one word in ${text}: ${JSON.stringify(tokens)}`);
  return found.chars.map((c) => c.pinyin);
}

describe('pinyin', () => {
  it('reads polyphonic characters as their word needs', () => {
    expect(readingsOf('他在银行工作。', '银行')).toEqual(['yín', 'háng']);
    expect(readingsOf('我们一起行走。', '行走')).toEqual(['xíng', 'zǒu']);
    expect(readingsOf('孩子长大了。', '长大')).toEqual(['zhǎng', 'dà']);
    expect(readingsOf('我们去长城。', '长城')).toEqual(['cháng', 'chéng']);
  });

  it('cuts the text into words, one token per word, with the runs between them as text', () => {
    const tokens = chineseTokens('中俄两国的合作，2024年。');
    const shape = tokens.map((t: ChineseToken) => (t.kind === 'text' ? `[${t.text}]` : t.chars.map((c) => c.char).join('')));
    expect(shape).toContain('合作');
    expect(shape).toContain('[，2024]');
    expect(tokens.at(-1)).toEqual({ kind: 'text', text: '。' });
    expect(tokensText(tokens)).toBe('中俄两国的合作，2024年。');
  });

  it('gives tones by their marks, the neutral tone as 5', () => {
    expect(['mā', 'má', 'mǎ', 'mà', 'ma', 'lǜ'].map(toneOf)).toEqual([1, 2, 3, 4, 5, 4]);
    const chars = chineseTokens('他走了。').flatMap((t) => (t.kind === 'word' ? t.chars : []));
    expect(chars.find((c) => c.char === '了')).toEqual({ char: '了', pinyin: 'le', tone: 5 });
    expect(chars.find((c) => c.char === '走')).toEqual({ char: '走', pinyin: 'zǒu', tone: 3 });
  });

  it('shows Traditional characters with the readings of the stored text', () => {
    const tokens = chineseTokens('中国的发展', toTraditional);
    expect(tokensText(tokens)).toBe('中國的發展');
    const chars = tokens.flatMap((t) => (t.kind === 'word' ? t.chars : []));
    expect(chars.find((c) => c.char === '國')?.pinyin).toBe('guó');
    expect(chars.find((c) => c.char === '發')?.pinyin).toBe('fā');
  });

  it('never changes the text: the tokens show exactly the stored text', () => {
    for (const text of ['', '  ', 'abc', '“一带一路”倡议（BRI）于2013年提出。', '𠀀字与汉字', '第一、第二……']) {
      expect(tokensText(chineseTokens(text))).toBe(text);
    }
  });
});
