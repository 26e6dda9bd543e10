import { describe, expect, it } from 'vitest';
import { STATUSES, type Status } from '../content/model';
import { EFFECTIVE_STATUSES, effectiveStatus, progress } from './effective';

describe('effectiveStatus', () => {
  it('is the stored status when the translation is up to date', () => {
    for (const status of STATUSES) expect(effectiveStatus(status, false)).toBe(status);
  });

  it('never reports an outdated translation as checked', () => {
    for (const status of STATUSES) expect(effectiveStatus(status, true)).not.toBe('checked');
  });

  it('puts outdated checks and drafts in the outdated bucket', () => {
    expect(effectiveStatus('checked', true)).toBe('outdated');
    expect(effectiveStatus('draft', true)).toBe('outdated');
  });

  it('leaves outdated rejections rejected and missing missing', () => {
    expect(effectiveStatus('rejected', true)).toBe('rejected');
    expect(effectiveStatus('missing', true)).toBe('missing');
  });

  it('only ever returns a known bucket', () => {
    for (const status of STATUSES) {
      for (const outdated of [false, true]) expect(EFFECTIVE_STATUSES).toContain(effectiveStatus(status, outdated));
    }
  });
});

describe('progress', () => {
  const row = (status: Status, outdated = false) => ({ status, outdated });
  const sum = (p: ReturnType<typeof progress>) => p.missing + p.draft + p.checked + p.rejected + p.outdated;

  it('counts each bucket and derives missing from the total', () => {
    const p = progress([row('checked'), row('checked'), row('draft'), row('rejected'), row('checked', true)], 8);
    expect(p).toEqual({ checked: 2, draft: 1, rejected: 1, outdated: 1, missing: 3, total: 8 });
  });

  it('never counts an outdated check as checked', () => {
    const p = progress([row('checked', true), row('checked', true)], 2);
    expect(p.checked).toBe(0);
    expect(p.outdated).toBe(2);
  });

  it('ignores rows stored as missing: they are counted through the total', () => {
    expect(progress([row('missing'), row('missing', true), row('draft')], 3)).toEqual({
      checked: 0,
      draft: 1,
      rejected: 0,
      outdated: 0,
      missing: 2,
      total: 3,
    });
  });

  it('reports everything missing for a document with no translations', () => {
    expect(progress([], 5)).toEqual({ checked: 0, draft: 0, rejected: 0, outdated: 0, missing: 5, total: 5 });
    expect(progress([], 0)).toEqual({ checked: 0, draft: 0, rejected: 0, outdated: 0, missing: 0, total: 0 });
  });

  it('puts every segment in exactly one bucket: the buckets add up to total', () => {
    // Every combination of up to three rows, padded with some missing segments.
    const kinds = STATUSES.flatMap((status) => [row(status, false), row(status, true)]);
    for (const a of kinds) {
      for (const b of kinds) {
        for (const c of kinds) {
          for (const extra of [0, 1, 4]) {
            const p = progress([a, b, c], 3 + extra);
            expect(sum(p)).toBe(p.total);
            expect(Object.values(p).every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
          }
        }
      }
    }
  });

  it('refuses more texts than segments rather than reporting a negative missing count', () => {
    expect(() => progress([row('draft'), row('checked')], 1)).toThrow(RangeError);
  });

  it('refuses a total that is not a whole number >= 0', () => {
    for (const total of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => progress([], total)).toThrow(RangeError);
  });
});
