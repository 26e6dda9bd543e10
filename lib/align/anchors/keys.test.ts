import { describe, expect, it } from 'vitest';
import { anchorKeys, anchorKind } from './keys';

describe('anchorKeys', () => {
  it('collects the same keys from a sentence and its translations', () => {
    const en = anchorKeys('On 25 March 2016, 50 experts met at SREB. Why?', 40);
    const zh = anchorKeys('2016年3月25日，50余位专家在SREB开会。为什么？', 40);
    // English capitalised words are kept too; only keys found in both texts are used later.
    const sorted = (a: string[]) => a.filter((k) => k === 'LSREB' || !k.startsWith('L')).sort();
    expect(sorted(zh)).toEqual(sorted(en));
    expect(sorted(zh)).toEqual(['?', 'LSREB', 'm3', 'n2016', 'n25', 'n50']);
  });
  it('keeps a list marker apart from the numbers', () => {
    expect(anchorKeys('12. Paid 2016 dollars.', 20)).toEqual(['#12', 'n2016', 'LPaid']);
  });
  it('marks headings', () => {
    expect(anchorKeys('Chapter 3', 8)).toEqual(['#3', 'H']);
  });
  it('names kinds by their first character', () => {
    expect(['n1', 'm3', 'LTPP', '#2', 'H', '?', '!'].map(anchorKind)).toEqual([
      'number',
      'month',
      'name',
      'marker',
      'heading',
      'question',
      'exclamation',
    ]);
  });
});
