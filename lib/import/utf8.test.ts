import { describe, expect, it } from 'vitest';
import { Utf8Checker } from './utf8';

const bytes = (...b: number[]) => new Uint8Array(b);
const encode = (text: string) => new TextEncoder().encode(text);

function check(...chunks: Uint8Array[]) {
  const checker = new Utf8Checker();
  for (const chunk of chunks) {
    const problem = checker.push(chunk);
    if (problem) return { problem, units: checker.units };
  }
  return { problem: checker.end(), units: checker.units };
}

describe('Utf8Checker', () => {
  it('accepts UTF-8 in three scripts and counts UTF-16 code units like a string', () => {
    const text = 'Floating library 漂流图书馆 Плавучая библиотека 😀';
    expect(check(encode(text))).toEqual({ problem: null, units: text.length });
  });

  it('carries a character cut between chunks over to the next one', () => {
    const all = encode('漂流😀ё');
    const split = [...Array(all.length + 1).keys()].map((at) => check(all.slice(0, at), all.slice(at)));
    for (const result of split) expect(result).toEqual({ problem: null, units: '漂流😀ё'.length });
  });

  it('names the byte offset where an invalid sequence starts, across chunks', () => {
    // "ab" then Latin-1 é (0xE9) followed by ASCII: 0xE9 starts a three-byte form that is not completed.
    expect(check(encode('ab'), bytes(0xe9, 0x74, 0x65)).problem).toEqual({ kind: 'not-utf8', offset: 2 });
    expect(check(bytes(0x41, 0xff)).problem).toEqual({ kind: 'not-utf8', offset: 1 });
  });

  it('refuses what a fatal TextDecoder refuses: overlong forms, surrogates, beyond U+10FFFF, stray continuations', () => {
    for (const bad of [
      bytes(0xc0, 0xaf),
      bytes(0xe0, 0x80, 0xaf),
      bytes(0xed, 0xa0, 0x80),
      bytes(0xf4, 0x90, 0x80, 0x80),
      bytes(0xf5, 0x80, 0x80, 0x80),
      bytes(0x80),
    ]) {
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bad)).toThrow();
      expect(check(bad).problem?.kind).toBe('not-utf8');
    }
  });

  it('refuses a character cut off at the end of the stream', () => {
    expect(check(encode('ok'), encode('漂').slice(0, 2)).problem).toEqual({ kind: 'not-utf8', offset: 2 });
  });

  it('calls a NUL byte binary', () => {
    expect(check(encode('text'), bytes(0x00)).problem).toEqual({ kind: 'binary', offset: 4 });
  });

  it('keeps answering its first problem', () => {
    const checker = new Utf8Checker();
    checker.push(bytes(0x41, 0xff));
    expect(checker.push(encode('more'))).toEqual({ kind: 'not-utf8', offset: 1 });
    expect(checker.end()).toEqual({ kind: 'not-utf8', offset: 1 });
  });
});
