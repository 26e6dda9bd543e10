import { describe, expect, it } from 'vitest';
import { glossaryEntryInputSchema, MAX_TERM_LENGTH, splitTerms } from './schema';

describe('glossaryEntryInputSchema', () => {
  it('accepts an entry with terms, trimming them', () => {
    const parsed = glossaryEntryInputSchema.parse({ documentId: null, terms: { zh: [' 欧亚经济联盟 '], ru: ['ЕАЭС'] } });
    expect(parsed).toEqual({ documentId: null, terms: { zh: ['欧亚经济联盟'], ru: ['ЕАЭС'] }, forbidden: {}, note: '' });
  });
  it('refuses an entry without terms, an empty or over-long term, an unknown language', () => {
    expect(glossaryEntryInputSchema.safeParse({ documentId: null, terms: {} }).success).toBe(false);
    expect(glossaryEntryInputSchema.safeParse({ documentId: null, terms: { en: ['  '] } }).success).toBe(false);
    expect(
      glossaryEntryInputSchema.safeParse({ documentId: null, terms: { en: ['x'.repeat(MAX_TERM_LENGTH + 1)] } }).success,
    ).toBe(false);
    expect(glossaryEntryInputSchema.parse({ documentId: 'd', terms: { en: ['x'], de: ['y'] } }).terms).toEqual({ en: ['x'] });
  });
});

describe('splitTerms', () => {
  it('splits on semicolons and lines', () => {
    expect(splitTerms('ЕАЭС; Евразийский экономический союз\n ЕврАзЭС ;')).toEqual([
      'ЕАЭС',
      'Евразийский экономический союз',
      'ЕврАзЭС',
    ]);
  });
});
