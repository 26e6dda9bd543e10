import { describe, expect, it } from 'vitest';
import { chineseNumeralValue, romanValue } from './numerals';

describe('numerals', () => {
  it('reads roman numerals and rejects malformed ones', () => {
    expect(romanValue('IV')).toBe(4);
    expect(romanValue('XIV')).toBe(14);
    expect(romanValue('IIII')).toBeUndefined();
    expect(romanValue('ABC')).toBeUndefined();
  });
  it('reads Chinese numerals', () => {
    expect(chineseNumeralValue('一')).toBe(1);
    expect(chineseNumeralValue('十')).toBe(10);
    expect(chineseNumeralValue('十二')).toBe(12);
    expect(chineseNumeralValue('二十三')).toBe(23);
    expect(chineseNumeralValue('一百零五')).toBe(105);
    expect(chineseNumeralValue('大')).toBeUndefined();
  });
});
