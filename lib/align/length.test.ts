import { describe, expect, it } from 'vitest';
import { HAN_UNITS, prefixLengths, segmentLength } from './length';

describe('segmentLength', () => {
  it('counts raw code points in chars mode', () => {
    expect(segmentLength('a b', 'chars')).toBe(3);
    expect(segmentLength('中文', 'chars')).toBe(2);
  });
  it('weights Han and ignores spaces when normalised', () => {
    expect(segmentLength('a b', 'normalised')).toBe(2);
    expect(segmentLength('中文2016', 'normalised')).toBe(2 * HAN_UNITS + 4);
  });
  it('builds prefix sums', () => {
    expect(Array.from(prefixLengths(['ab', '', 'c'], 'chars'))).toEqual([0, 2, 2, 3]);
  });
});
