import { describe, expect, it } from 'vitest';
import { diffSegments, mergeOrder } from './segment-diff';

describe('diffSegments', () => {
  it('finds nothing when the lists agree', () => {
    expect(diffSegments(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual({ added: [], removed: [], moved: [] });
  });

  it('names added and removed segments, and no move when only they changed', () => {
    expect(diffSegments(['a', 'b', 'c'], ['a', 'x', 'c', 'y'])).toEqual({ added: ['x', 'y'], removed: ['b'], moved: [] });
  });

  it('counts the fewest moves: one segment taken to the end is one move, not n', () => {
    expect(diffSegments(['a', 'b', 'c', 'd', 'e'], ['b', 'c', 'd', 'e', 'a']).moved).toEqual(['a']);
    expect(diffSegments(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd']).moved).toHaveLength(1);
  });

  it('a reversed list keeps one segment in place and moves the rest', () => {
    expect(diffSegments(['a', 'b', 'c'], ['c', 'b', 'a']).moved).toHaveLength(2);
  });
});

describe('mergeOrder', () => {
  it('puts a staying segment back after the one it followed', () => {
    expect(mergeOrder(['a', 'b', 'c'], ['a', 'c'], new Set(['b']))).toEqual(['a', 'b', 'c']);
    expect(mergeOrder(['a', 'b', 'c'], ['b', 'c'], new Set(['a']))).toEqual(['a', 'b', 'c']);
  });

  it('is the files order when nothing stays', () => {
    expect(mergeOrder(['a', 'b'], ['b', 'x'], new Set())).toEqual(['b', 'x']);
  });
});
