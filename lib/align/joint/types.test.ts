import { describe, expect, it } from 'vitest';
import { PARAGRAPH_PRIORS } from '../beadTypes';
import { jointTypes, pairShapeCost } from './types';

describe('joint bead types', () => {
  const types = jointTypes(PARAGRAPH_PRIORS);
  const names = types.map((t) => t.name);

  it('has the shapes three texts need, 1-1-1 first', () => {
    expect(names[0]).toBe('1-1-1');
    for (const n of ['2-1-1', '1-2-1', '1-1-2', '1-1-0', '1-0-1', '0-1-1', '1-0-0', '0-1-0', '0-0-1', '2-2-1', '3-1-1'])
      expect(names).toContain(n);
  });

  it('leaves out shapes no pairwise bead allows', () => {
    expect(names).not.toContain('0-0-0');
    expect(names).not.toContain('2-0-0');
    expect(names).not.toContain('3-2-1');
  });

  it('prices a shape like its pairwise projections', () => {
    const cost = (name: string) => types.find((t) => t.name === name)!.prior;
    // A merge in one text costs what a pairwise 2-1 costs.
    expect(cost('2-1-1')).toBeCloseTo(-Math.log(PARAGRAPH_PRIORS['2-1']) + -Math.log(PARAGRAPH_PRIORS['1-1']) / 2, 6);
    expect(cost('1-0-0')).toBeCloseTo(-Math.log(PARAGRAPH_PRIORS['1-0']), 6);
    expect(cost('1-1-1')).toBeLessThan(cost('1-1-0'));
    expect(pairShapeCost(3, 2, PARAGRAPH_PRIORS)).toBe(Infinity);
  });
});
