import { describe, expect, it } from 'vitest';
import { extractMonths } from './months';

describe('extractMonths', () => {
  it('finds the same month in three languages', () => {
    expect(extractMonths('On 25 March 2016').months).toEqual([3]);
    expect(extractMonths('25 марта 2016 года').months).toEqual([3]);
    expect(extractMonths('2016年3月25日').months).toEqual([3]);
  });
  it('removes the Chinese month digits from the rest', () => {
    expect(extractMonths('2016年3月25日').rest).not.toMatch(/\b3\b/);
  });
  it('handles Russian case forms and leaves other words', () => {
    expect(extractMonths('в мае и в декабре').months).toEqual([5, 12]);
    expect(extractMonths('маяк и мартышка').months).toEqual([]);
  });
  it('ignores the modal verb May', () => {
    expect(extractMonths('May I come in?').months).toEqual([]);
  });
});
