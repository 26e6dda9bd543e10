import type { SegmentKind } from '../content/model';

/** What the range splitter needs of a segment: its kind and how much text it carries. */
export interface SizedSegment {
  id: string;
  kind: SegmentKind;
  /** Characters of text in all the document's languages together. */
  size: number;
}

/** A run of consecutive segments the reader shows as one page: [start, end) by position. */
export interface ReaderRange {
  start: number;
  end: number;
}

export interface RangeLimits {
  /** Characters (all languages) per page: what keeps a page's HTML near 300 KiB. */
  budget: number;
  /** Segments per page, whatever their size. */
  maxSegments: number;
}

/**
 * About 32,000 characters in three languages make a page of roughly 200–250 KiB of HTML (the
 * text is sent twice: as HTML and in the React payload). A whole article fits in one page.
 */
export const DEFAULT_LIMITS: RangeLimits = { budget: 32_000, maxSegments: 100 };

const startsSection = (kind: SegmentKind) => kind === 'title' || kind === 'heading';

/**
 * Splits a document into pages. Chapters (a heading and what follows it, up to the next
 * heading) stay whole and are packed together while they fit; a chapter too long for one page
 * is cut into pages that fit, at segment boundaries. A document without headings is cut by
 * size alone. Every segment is in exactly one range, in order; no range is empty.
 */
export function splitIntoRanges(segments: readonly SizedSegment[], limits: RangeLimits = DEFAULT_LIMITS): ReaderRange[] {
  const sections: ReaderRange[] = [];
  segments.forEach((segment, i) => {
    const last = sections[sections.length - 1];
    if (!last || (startsSection(segment.kind) && !isTitleRun(segments, last, i))) sections.push({ start: i, end: i + 1 });
    else last.end = i + 1;
  });

  const sizeOf = (r: ReaderRange) => segments.slice(r.start, r.end).reduce((sum, s) => sum + s.size, 0);
  const fits = (r: ReaderRange) => r.end - r.start <= limits.maxSegments && sizeOf(r) <= limits.budget;

  const ranges: ReaderRange[] = [];
  for (const section of sections.flatMap((s) => (fits(s) ? [s] : cut(segments, s, limits)))) {
    const last = ranges[ranges.length - 1];
    const joined = last ? { start: last.start, end: section.end } : undefined;
    if (last && joined && fits(joined)) last.end = section.end;
    else ranges.push({ ...section });
  }
  return ranges;
}

/** A heading right after a title (or after another heading) opens no section of its own. */
function isTitleRun(segments: readonly SizedSegment[], section: ReaderRange, index: number): boolean {
  return section.end === index && segments.slice(section.start, section.end).every((s) => startsSection(s.kind));
}

/** A section too big for a page, as pages that each fit (a single oversized segment gets a page alone). */
function cut(segments: readonly SizedSegment[], section: ReaderRange, limits: RangeLimits): ReaderRange[] {
  const pages: ReaderRange[] = [];
  let current: ReaderRange | undefined;
  let size = 0;
  for (let i = section.start; i < section.end; i++) {
    const s = segments[i]?.size ?? 0;
    if (current && (size + s > limits.budget || current.end - current.start >= limits.maxSegments)) {
      pages.push(current);
      current = undefined;
    }
    if (!current) {
      current = { start: i, end: i };
      size = 0;
    }
    current.end = i + 1;
    size += s;
  }
  if (current) pages.push(current);
  return pages;
}

/** The index of the range holding the segment at `position`, or -1. */
export function rangeIndexOf(ranges: readonly ReaderRange[], position: number): number {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const r = ranges[mid] as ReaderRange;
    if (position < r.start) high = mid - 1;
    else if (position >= r.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The range to show for a reader URL: the one holding the segment at `atPosition` when given
 * (a link to a segment), else page `page` (1-based, clamped), else the first.
 */
export function pickRange(ranges: readonly ReaderRange[], atPosition: number | undefined, page: string | undefined): number {
  if (ranges.length === 0) return 0;
  if (atPosition !== undefined) {
    const found = rangeIndexOf(ranges, atPosition);
    if (found >= 0) return found;
  }
  const n = Number.parseInt(page ?? '', 10);
  if (!Number.isFinite(n) || n < 1) return 0;
  return Math.min(n, ranges.length) - 1;
}
