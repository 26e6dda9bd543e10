import type { Lang } from '../languages';

export const SEGMENT_KINDS = ['title', 'heading', 'paragraph', 'list-item', 'note'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export const STATUSES = ['missing', 'draft', 'checked', 'rejected'] as const;
export type Status = (typeof STATUSES)[number];

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export interface Segment {
  id: string;
  kind: SegmentKind;
  /** Translator notes by language: why a rendering departs from the literal source. */
  notes: Partial<Record<Lang, string>>;
}

/** One document as stored under content/<id>/: segment list plus one text map per language. */
export interface ContentDocument {
  id: string;
  sourceLang: Lang;
  /** Source first, then targets in the order the document lists them. */
  languages: Lang[];
  segments: Segment[];
  /** Text by language, then by segment id. A target may lack segments (status `missing`). */
  texts: Partial<Record<Lang, Record<string, string>>>;
  /** review.json: the review state of translations that are not plain up-to-date drafts. */
  review?: ReviewState;
}

/** The review state of one translation as content/<doc>/review.json keeps it. */
export interface ReviewEntry {
  status: 'draft' | 'checked' | 'rejected';
  /** Who last changed it: an account's email (or what the database kept). */
  by?: string;
  /** The source hash it was written or checked against, when that is not the current source's (outdated). */
  sourceHash?: string;
  /** The reason given with a rejection. */
  comment?: string;
}

/** By target language, then segment id. */
export type ReviewState = Partial<Record<Lang, Record<string, ReviewEntry>>>;
