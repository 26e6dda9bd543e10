import { describe, expect, it } from 'vitest';
import { planImport } from './plan';
import { sampleDocument } from './sample';
import { readTsv, writeTsv } from './tsv';

describe('writeTsv', () => {
  it('writes a header and one row per segment, escaping tabs and line breaks', () => {
    const lines = writeTsv(sampleDocument()).split('\n');
    expect(lines[0]).toBe('id\ten\tzh\tru');
    expect(lines[3]).toBe(
      'p2\tLine one\\nline two\\twith a tab.\t第一行\\n第二行\\t带制表符。\tСтрока один\\nстрока два\\tс табуляцией.',
    );
    expect(lines[5]).toBe('p4\tAn untranslated closing line.\t\t');
    expect(writeTsv(sampleDocument(), 'ru').split('\n')[0]).toBe('id\ten\tru');
  });
});

describe('readTsv', () => {
  it('round trip: unchanged', () => {
    expect(planImport(sampleDocument(), readTsv(writeTsv(sampleDocument())))).toMatchObject({
      added: [],
      changed: [],
      conflicting: [],
      unchanged: 10,
    });
  });

  it('refuses a bad header, a short row, a duplicate id and a bad escape, naming the row', () => {
    expect(() => readTsv('key\ten\tzh\n')).toThrow(/^row 1: the header must be/);
    expect(() => readTsv('id\ten\tde\n')).toThrow('row 1: column "de" is not a language Triglot reads (en, zh, ru)');
    expect(() => readTsv('id\ten\tzh\np1\ta\n')).toThrow('row 2: 2 columns, the header has 3');
    expect(() => readTsv('id\ten\tzh\np1\ta\tb\np1\ta\tc\n')).toThrow('row 3: segment id "p1" appears twice (also row 2)');
    expect(() => readTsv('id\ten\tzh\np1\ta\\x\tb\n')).toThrow('row 2: unknown escape "\\x"');
  });
});
