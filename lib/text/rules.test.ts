import { describe, expect, it } from 'vitest';
import { cleanText, codePointLabel, findInvalidCharacter, hasVisibleText, isolate, trimInvisible } from './rules';
import { userText } from './schema';

describe('cleanText', () => {
  it('normalises to NFC, so one word is stored one way', () => {
    const decomposed = 'Cafe\u0301 e\u0308';
    const result = cleanText(decomposed);
    expect(result).toEqual({ ok: true, text: 'Café ë' });
    expect(result.ok && result.text.length).toBe(6);
  });

  it('makes CRLF and lone CR line breaks newlines, and keeps tabs', () => {
    expect(cleanText('a\r\nb\rc\td')).toEqual({ ok: true, text: 'a\nb\nc\td' });
  });

  it.each([
    ['NUL', 'a\u0000b', 0x0000],
    ['ESC', 'colour \u001b[31mred', 0x001b],
    ['DEL', 'x\u007f', 0x007f],
    ['a C1 control', 'x\u0085y', 0x0085],
    ['a vertical tab', 'x\u000by', 0x000b],
  ])('refuses %s', (_name, text, codePoint) => {
    expect(cleanText(text)).toMatchObject({ ok: false, problem: { code: 'invalidCharacter', codePoint } });
  });

  it('refuses a lone surrogate, high or low, but keeps a real pair', () => {
    expect(cleanText('a\uD800b')).toMatchObject({
      ok: false,
      problem: { code: 'invalidCharacter', index: 1, codePoint: 0xd800 },
    });
    expect(cleanText('a\uDC00')).toMatchObject({ ok: false, problem: { code: 'invalidCharacter', codePoint: 0xdc00 } });
    expect(cleanText('end\uD83D')).toMatchObject({ ok: false, problem: { code: 'invalidCharacter' } });
    expect(cleanText('𠀋 😀')).toEqual({ ok: true, text: '𠀋 😀' });
  });

  it.each([
    ['zero-width space', '\u200b'],
    ['zero-width joiners and a BOM', '\u200d\u200c\ufeff'],
    ['bidi controls', '\u202e\u2066\u2069\u200f'],
    ['ideographic and no-break spaces', '\u3000\u00a0 \n\t'],
    ['a soft hyphen and a word joiner', '\u00ad\u2060'],
    ['a Hangul filler and a braille blank', '\u3164\u2800'],
  ])('refuses text of only %s as empty', (_name, text) => {
    expect(cleanText(text)).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(hasVisibleText(text)).toBe(false);
  });

  it('trims blanks and invisible characters at the ends, never inside or an emoji’s selector', () => {
    expect(trimInvisible('\u200b  Hello\u200bworld \ufeff')).toBe('Hello\u200bworld');
    expect(trimInvisible('I ❤️')).toBe('I ❤️');
    expect(cleanText('  text  ', { trim: false })).toEqual({ ok: true, text: '  text  ' });
  });

  it('accepts the three languages as they are written', () => {
    for (const text of ['Стратегическое партнёрство — «ключ».', '中俄战略协作：关键时刻的责任。', 'A “quoted” word…']) {
      expect(cleanText(text)).toEqual({ ok: true, text });
    }
  });

  it('names the first bad character', () => {
    expect(findInvalidCharacter('ok\u0007 \u0000')).toEqual({ index: 2, codePoint: 7 });
    expect(codePointLabel(0x1b)).toBe('U+001B');
  });
});

describe('isolate', () => {
  it('wraps a string in first-strong isolate … pop directional isolate', () => {
    expect(isolate('\u202eevil')).toBe('\u2068\u202eevil\u2069');
  });
});

describe('userText', () => {
  const schema = userText({ max: 5 });
  const optional = userText({ max: 5, allowEmpty: true });

  it('answers with message keys', () => {
    expect(schema.safeParse('  abc ').data).toBe('abc');
    expect(schema.safeParse('\u200b').error?.issues[0]?.message).toBe('required');
    expect(schema.safeParse('a\u0000').error?.issues[0]?.message).toBe('invalidCharacter');
    expect(schema.safeParse('abcdef').error?.issues[0]?.message).toBe('tooLong');
    expect(schema.safeParse(5).error?.issues[0]?.message).toBe('invalidType');
    expect(schema.safeParse(undefined).error?.issues[0]?.message).toBe('required');
    expect(optional.safeParse(' \u200b ').data).toBe('');
  });

  it('counts the length after normalising', () => {
    // Five characters in NFC, ten code units decomposed.
    expect(schema.safeParse('e\u0301e\u0301e\u0301e\u0301e\u0301').data).toBe('ééééé');
  });
});
