import { describe, expect, it } from 'vitest';
import { ALIGN_STEPS, CREATE_STEPS, progressPercent } from './progress';

describe('progressPercent', () => {
  it('adds the shares of the steps before to the part done of this one', () => {
    expect(progressPercent(ALIGN_STEPS, 'upload', 0, 100)).toBe(0);
    expect(progressPercent(ALIGN_STEPS, 'upload', 50, 100)).toBe(20);
    expect(progressPercent(ALIGN_STEPS, 'read', 0, 1)).toBe(40);
    expect(progressPercent(ALIGN_STEPS, 'draft', 1, 1)).toBe(100);
    expect(progressPercent(CREATE_STEPS, 'write', 3, 6)).toBe(70);
  });

  it('never goes past the step or below it, whatever the counts say', () => {
    expect(progressPercent(CREATE_STEPS, 'prepare', 7, 5)).toBe(40);
    expect(progressPercent(CREATE_STEPS, 'prepare', -1, 5)).toBe(15);
  });

  it('counts a step with nothing to do as done', () => {
    expect(progressPercent(CREATE_STEPS, 'upload', 0, 0)).toBe(15);
  });

  it('rises with every chunk written', () => {
    const seen = [...Array(11).keys()].map((done) => progressPercent(CREATE_STEPS, 'write', done, 10));
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]!);
  });
});
