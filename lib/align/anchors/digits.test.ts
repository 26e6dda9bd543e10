import { describe, expect, it } from 'vitest';
import { toAsciiDigits } from './digits';

describe('toAsciiDigits', () => {
  it('converts full-width digits and inner separators only', () => {
    expect(toAsciiDigits('２０１６年，３．５')).toBe('2016年，3.5');
  });
});
