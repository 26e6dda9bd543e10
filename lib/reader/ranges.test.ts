import { describe, expect, it } from 'vitest';
import type { SegmentKind } from '../content/model';
import { pickRange, type RangeLimits, rangeIndexOf, type SizedSegment, splitIntoRanges } from './ranges';

const seg = (i: number, kind: SegmentKind = 'paragraph', size = 100): SizedSegment => ({ id: `s${i}`, kind, size });
const limits: RangeLimits = { budget: 1_000, maxSegments: 8 };

/** Ranges as [start, end) pairs, easy to read in a failure. */
const show = (segments: SizedSegment[], l = limits) => splitIntoRanges(segments, l).map((r) => [r.start, r.end]);

function covers(segments: SizedSegment[], l = limits) {
  const ranges = splitIntoRanges(segments, l);
  expect(ranges[0]?.start).toBe(0);
  ranges.forEach((r, i) => {
    expect(r.end).toBeGreaterThan(r.start);
    if (i > 0) expect(r.start).toBe(ranges[i - 1]?.end);
  });
  expect(ranges.at(-1)?.end).toBe(segments.length);
}

describe('splitIntoRanges', () => {
  it('keeps a short document on one page', () => {
    const article = [seg(0, 'title'), seg(1), seg(2, 'heading'), seg(3), seg(4, 'heading'), seg(5)];
    expect(show(article)).toEqual([[0, 6]]);
  });

  it('packs whole chapters while they fit, and starts a page at a heading', () => {
    const book = [
      seg(0, 'title', 50),
      ...[1, 2, 3, 4].map((i) => seg(i)),
      seg(5, 'heading', 50),
      ...[6, 7, 8, 9, 10].map((i) => seg(i)),
      seg(11, 'heading', 50),
      seg(12),
    ];
    // 0–4 (450) + 5–10 (550) = 1,000 fits the budget but 11 segments do not fit 8: two pages, cut at the heading.
    expect(show(book)).toEqual([
      [0, 5],
      [5, 13],
    ]);
    covers(book);
  });

  it('cuts a chapter too long for a page at segment boundaries, by size and by count', () => {
    const long = [seg(0, 'heading', 10), ...Array.from({ length: 20 }, (_, i) => seg(i + 1, 'paragraph', 300))];
    const ranges = splitIntoRanges(long, limits);
    for (const r of ranges) {
      const size = long.slice(r.start, r.end).reduce((sum, s) => sum + s.size, 0);
      expect(size).toBeLessThanOrEqual(limits.budget);
      expect(r.end - r.start).toBeLessThanOrEqual(limits.maxSegments);
    }
    covers(long);
  });

  it('cuts a document without headings by size alone', () => {
    const plain = Array.from({ length: 30 }, (_, i) => seg(i));
    expect(show(plain)).toEqual([
      [0, 8],
      [8, 16],
      [16, 24],
      [24, 30],
    ]);
  });

  it('gives an oversized segment a page of its own rather than dropping or splitting it', () => {
    const doc = [seg(0), seg(1, 'paragraph', 5_000), seg(2)];
    expect(show(doc)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });

  it('keeps a title and the heading right after it together', () => {
    const doc = [seg(0, 'title'), seg(1, 'heading'), seg(2), seg(3, 'heading'), seg(4)];
    expect(show(doc, { budget: 350, maxSegments: 8 })).toEqual([
      [0, 3],
      [3, 5],
    ]);
  });

  it('covers every segment exactly once on a book-sized document', () => {
    const book = Array.from({ length: 5_000 }, (_, i) => seg(i, i % 97 === 0 ? 'heading' : 'paragraph', 200 + ((i * 37) % 900)));
    covers(book, { budget: 45_000, maxSegments: 100 });
  });

  it('is empty for an empty document', () => {
    expect(splitIntoRanges([])).toEqual([]);
  });
});

describe('rangeIndexOf', () => {
  const ranges = [
    { start: 0, end: 5 },
    { start: 5, end: 9 },
    { start: 9, end: 20 },
  ];
  it('finds the range holding a position', () => {
    expect([0, 4, 5, 8, 9, 19].map((p) => rangeIndexOf(ranges, p))).toEqual([0, 0, 1, 1, 2, 2]);
  });
  it('is -1 outside the document', () => {
    expect(rangeIndexOf(ranges, 20)).toBe(-1);
    expect(rangeIndexOf(ranges, -1)).toBe(-1);
  });
});

describe('pickRange', () => {
  const ranges = [
    { start: 0, end: 5 },
    { start: 5, end: 9 },
    { start: 9, end: 20 },
  ];
  it('prefers the page holding a linked segment', () => {
    expect(pickRange(ranges, 12, '1')).toBe(2);
  });
  it('takes the page number, clamped, when there is no known segment', () => {
    expect(pickRange(ranges, undefined, '2')).toBe(1);
    expect(pickRange(ranges, undefined, '99')).toBe(2);
    expect(pickRange(ranges, 400, '2')).toBe(1);
  });
  it('falls back to the first page for a missing or mangled page', () => {
    for (const page of [undefined, '', '0', '-3', 'two']) expect(pickRange(ranges, undefined, page)).toBe(0);
    expect(pickRange([], undefined, '3')).toBe(0);
  });
});
