import { describe, expect, it } from 'vitest';
import { decodeDictdNumber, parseDictdIndex } from './dictd';

describe('dictd index', () => {
  it('decodes base-64 numbers, most significant digit first', () => {
    expect(decodeDictdNumber('A')).toBe(0);
    expect(decodeDictdNumber('k')).toBe(36);
    expect(decodeDictdNumber('BA')).toBe(64);
    expect(decodeDictdNumber('CF+5')).toBe(2 * 64 ** 3 + 5 * 64 ** 2 + 62 * 64 + 57);
    expect(() => decodeDictdNumber('a-b')).toThrow(/dictd number/);
  });

  it('reads headword, offset and length, leaving out the metadata entries', () => {
    const index = '00databaseinfo\tc\tkW\n00-database-url\tB\tb\nbank\tCF+5\tnp\nco-operation\tBA\tk\n\n';
    expect(parseDictdIndex(index)).toEqual([
      { headword: 'bank', offset: decodeDictdNumber('CF+5'), length: decodeDictdNumber('np') },
      { headword: 'co-operation', offset: 64, length: 36 },
    ]);
  });
});
