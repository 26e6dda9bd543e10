import { describe, expect, it } from 'vitest';
import { englishCandidates } from './english';

describe('englishCandidates', () => {
  it('tries the word itself first, then lowercase', () => {
    expect(englishCandidates('Bank').slice(0, 2)).toEqual(['Bank', 'bank']);
  });

  it('offers the dictionary forms of plurals, possessives, -ed and -ing', () => {
    expect(englishCandidates('countries')).toContain('country');
    expect(englishCandidates('relations')).toContain('relation');
    expect(englishCandidates('boxes')).toContain('box');
    expect(englishCandidates("China's")).toContain('china');
    expect(englishCandidates('strengthened')).toContain('strengthen');
    expect(englishCandidates('stopping')).toContain('stop');
    expect(englishCandidates('making')).toContain('make');
    expect(englishCandidates('applied')).toContain('apply');
  });

  it('offers the hyphenated co- spelling', () => {
    expect(englishCandidates('cooperation')).toContain('co-operation');
  });
});
