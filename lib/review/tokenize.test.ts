import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('splits English into words, spaces and punctuation', () => {
    expect(tokenize('Hello, big  world!')).toEqual(['Hello', ',', ' ', 'big', '  ', 'world', '!']);
  });

  it('splits Russian the same way', () => {
    expect(tokenize('Российско-китайские отношения.')).toEqual(['Российско', '-', 'китайские', ' ', 'отношения', '.']);
  });

  it('makes every Han character its own token', () => {
    expect(tokenize('中俄关系')).toEqual(['中', '俄', '关', '系']);
  });

  it('makes Chinese punctuation single tokens too', () => {
    expect(tokenize('你好，世界。')).toEqual(['你', '好', '，', '世', '界', '。']);
  });

  it('keeps Latin words and numbers inside Chinese text whole', () => {
    expect(tokenize('2024年WTO会议')).toEqual(['2024', '年', 'WTO', '会', '议']);
  });

  it('does not split astral Han characters into surrogate halves', () => {
    expect(tokenize('𠀀𪚥')).toEqual(['𠀀', '𪚥']);
  });

  it('keeps combining marks with the character they modify', () => {
    const decomposedShortI = 'и\u0306';
    expect(tokenize(`мой ${decomposedShortI}од`)).toEqual(['мой', ' ', `${decomposedShortI}од`]);
    // A variation selector stays with its Han character.
    expect(tokenize('葛\u{E0100}根')).toEqual(['葛\u{E0100}', '根']);
  });

  it('keeps apostrophes inside words but not at their edges', () => {
    expect(tokenize("don't l’homme 'quoted'")).toEqual(["don't", ' ', 'l’homme', ' ', "'", 'quoted', "'"]);
  });

  it('merges runs of mixed whitespace, including newlines and ideographic space', () => {
    expect(tokenize('a \n\t\u3000b')).toEqual(['a', ' \n\t\u3000', 'b']);
  });

  it('treats each symbol as its own token', () => {
    expect(tokenize('a...b')).toEqual(['a', '.', '.', '.', 'b']);
    expect(tokenize('«да»')).toEqual(['«', 'да', '»']);
  });

  it('gives no tokens for empty text', () => {
    expect(tokenize('')).toEqual([]);
  });

  it('round-trips: joining the tokens gives the text back', () => {
    const samples = [
      'Sino-Russian relations entered a new era in 2019.',
      '中俄关系进入新时代。“一带一路”倡议',
      'В 2019 году отношения вступили в новую эпоху — «эпоху»!',
      '  leading and trailing  \n',
      'mixed中文and English и русский',
      'e\u0301\u0301 \u0301 lone mark',
      '\u0301 mark first',
      '👨‍👩‍👧 emoji ❤️',
    ];
    for (const text of samples) {
      const tokens = tokenize(text);
      expect(tokens.join('')).toBe(text);
      expect(tokens.every((t) => t !== '')).toBe(true);
    }
  });
});
