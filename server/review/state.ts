import type { Transaction } from 'kysely';
import type { Status } from '@/lib/content/model';
import type { Db } from '../db/connect';
import type { Database } from '../db/schema';

export type Executor = Db | Transaction<Database>;

/** A translation as a client sees it: enough to show it and to write against it. */
export interface TranslationState {
  documentId: string;
  segmentId: string;
  lang: string;
  text: string | null;
  status: Status;
  outdated: boolean;
  /** 0 when there is no translation yet. */
  version: number;
  updatedAt: string | null;
  updatedBy: { id: string; name: string } | null;
  textAuthorId: string | null;
}

export interface SegmentContext {
  sourceLang: string;
  kind: string;
  sourceText: string;
  sourceHash: string;
}

/** The document's source language and the segment's current source, or undefined if either is unknown. */
export async function loadSegment(db: Executor, documentId: string, segmentId: string): Promise<SegmentContext | undefined> {
  const row = await db
    .selectFrom('segments')
    .innerJoin('documents', 'documents.id', 'segments.document_id')
    .leftJoin('translations as s', (join) =>
      join
        .onRef('s.document_id', '=', 'segments.document_id')
        .onRef('s.segment_id', '=', 'segments.id')
        .onRef('s.lang', '=', 'documents.source_lang'),
    )
    .select(['documents.source_lang', 'segments.kind', 's.text', 's.source_hash'])
    .where('segments.document_id', '=', documentId)
    .where('segments.id', '=', segmentId)
    .executeTakeFirst();
  if (!row || row.text === null || row.source_hash === null) return undefined;
  return { sourceLang: row.source_lang, kind: row.kind, sourceText: row.text, sourceHash: row.source_hash };
}

export async function loadTranslation(
  db: Executor,
  documentId: string,
  segmentId: string,
  lang: string,
  currentSourceHash: string,
): Promise<TranslationState> {
  const row = await db
    .selectFrom('translations')
    .leftJoin('user', 'user.id', 'translations.updated_by')
    .select([
      'translations.text',
      'translations.status',
      'translations.source_hash',
      'translations.version',
      'translations.updated_at',
      'translations.updated_by',
      'translations.text_author',
      'user.name',
    ])
    .where('translations.document_id', '=', documentId)
    .where('translations.segment_id', '=', segmentId)
    .where('translations.lang', '=', lang)
    .executeTakeFirst();
  if (!row) {
    return {
      documentId,
      segmentId,
      lang,
      text: null,
      status: 'missing',
      outdated: false,
      version: 0,
      updatedAt: null,
      updatedBy: null,
      textAuthorId: null,
    };
  }
  return {
    documentId,
    segmentId,
    lang,
    text: row.text,
    status: row.status as Status,
    outdated: row.source_hash !== currentSourceHash,
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by ? { id: row.updated_by, name: row.name ?? row.updated_by } : null,
    textAuthorId: row.text_author,
  };
}
