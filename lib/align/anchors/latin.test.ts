import { describe, expect, it } from 'vitest';
import { extractLatinNames } from './latin';

describe('extractLatinNames', () => {
  it('finds acronyms and names in any script context', () => {
    expect(extractLatinNames('丝绸之路经济带（SREB）与TPP')).toEqual(['SREB', 'TPP']);
    expect(extractLatinNames('Компания Apple и iPhone')).toEqual(['Apple', 'iPhone']);
  });
  it('ignores lower-case words and single letters', () => {
    expect(extractLatinNames('a cat in I space')).toEqual([]);
  });
});
