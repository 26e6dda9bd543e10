import { describe, expect, it } from 'vitest';
import { extractNumbers } from './numbers';

describe('extractNumbers', () => {
  it('normalises thousands separators', () => {
    expect(extractNumbers('1,000 and 1 000 and 1\u00A0000 and 12\u202F500')).toEqual(['1000', '1000', '1000', '12500']);
  });
  it('reads full-width digits', () => {
    expect(extractNumbers('２０１６年')).toEqual(['2016']);
  });
  it('treats . and , decimals alike', () => {
    expect(extractNumbers('3.14 vs 3,14 and 2.50')).toEqual(['3.14', '3.14', '2.5']);
  });
  it('does not glue a year to the next number', () => {
    expect(extractNumbers('in 2016 100 people')).toEqual(['2016', '100']);
  });
  it('skips single digits', () => {
    expect(extractNumbers('3 cats, 12 dogs')).toEqual(['12']);
  });
  it('finds numbers inside Chinese text', () => {
    expect(extractNumbers('50余位专家，占35%')).toEqual(['50', '35']);
  });
});
