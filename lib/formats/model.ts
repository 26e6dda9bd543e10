import type { SegmentKind } from '../content/model';
import type { Lang } from '../languages';

/** A status as stored: `missing` is the absence of a translation, never a stored value. */
export type StoredStatus = 'draft' | 'checked' | 'rejected';

/** One translation as it leaves or enters the database, with what export and import need of its review state. */
export interface ExchangeTranslation {
  text: string;
  status: StoredStatus;
  /** Hash of the source text this translation was last written or checked against. */
  sourceHash: string;
  version: number;
  /** Who last changed it: an account's email when known, else what the database keeps. */
  by: string | null;
  /** The reason given with the rejection, when the status is `rejected`. */
  comment: string | null;
}

export interface ExchangeSegment {
  id: string;
  kind: SegmentKind;
  notes: Partial<Record<Lang, string>>;
  /** By language, source included; no entry means missing. */
  translations: Partial<Record<Lang, ExchangeTranslation>>;
}

/** A whole document with its review state: what every writer in lib/formats reads. */
export interface ExchangeDocument {
  id: string;
  sourceLang: Lang;
  /** Source first, then the targets in display order. */
  languages: Lang[];
  segments: ExchangeSegment[];
}

export const FORMATS = ['xliff', 'tmx', 'i18next', 'tsv', 'txt'] as const;
export type Format = (typeof FORMATS)[number];

/** One translation read from an exchange file, not yet matched against the database. */
export interface ImportEntry {
  /** The segment id, or null when the format matches by source text (TMX). */
  segmentId: string | null;
  /** The source text the file carries, when it carries one. */
  source: string | null;
  lang: Lang;
  /** The target text; null when the file has none for this segment. */
  text: string | null;
  /** The version the file was exported at, when the file says. */
  version: number | null;
  /** Where in the file, for messages: `line 12` or `row 4`. */
  where: string;
}

/** What a reader makes of an exchange file. */
export interface ParsedFile {
  format: Format;
  /** The document the file names, when it names one. */
  documentId: string | null;
  sourceLang: Lang | null;
  entries: ImportEntry[];
}

/** A file that cannot be read: the message names the line and column, or the id, at fault. */
export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormatError';
  }
}

/** Whether a translation was written against another source than the current one. */
export function isOutdated(segment: ExchangeSegment, sourceLang: Lang, lang: Lang): boolean {
  const translation = segment.translations[lang];
  const source = segment.translations[sourceLang];
  return translation !== undefined && source !== undefined && lang !== sourceLang && translation.sourceHash !== source.sourceHash;
}

/** Turns `zh-CN`, `ZH-Hans` or `ru_RU` into a language Triglot knows, else null. */
export function languageOf(tag: string, known: readonly Lang[]): Lang | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (known as readonly string[]).includes(primary) ? (primary as Lang) : null;
}
