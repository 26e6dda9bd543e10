import type { Status } from '@/lib/content/model';
import { isLang, type Lang } from '@/lib/languages';
import type { TranslationState } from '@/lib/review';
import { currentSources } from '../db/current-source';
import type { Executor } from '../db/connect';

export interface SegmentContext {
  sourceLang: Lang;
  kind: string;
  sourceText: string;
  sourceHash: string;
}

/** The document's source language and the segment's current source, or undefined if either is unknown. */
export async function loadSegment(db: Executor, documentId: string, segmentId: string): Promise<SegmentContext | undefined> {
  const row = await currentSources(db)
    .select(['d.source_lang', 'g.kind', 's.text', 's.source_hash'])
    .where('g.document_id', '=', documentId)
    .where('g.id', '=', segmentId)
    .executeTakeFirst();
  if (!row || !isLang(row.source_lang)) return undefined;
  return { sourceLang: row.source_lang, kind: row.kind, sourceText: row.text, sourceHash: row.source_hash };
}

export async function loadTranslation(
  db: Executor,
  documentId: string,
  segmentId: string,
  lang: Lang,
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

/** Which of the two a missing segment means: its document is unknown (or still importing), or only the segment. */
export async function missingSegment(
  db: Executor,
  documentId: string,
): Promise<{ ok: false; error: 'not-found'; what: 'document' | 'segment' }> {
  const document = await db
    .selectFrom('documents')
    .select('id')
    .where('id', '=', documentId)
    .where('importing_since', 'is', null)
    .executeTakeFirst();
  return { ok: false, error: 'not-found', what: document ? 'segment' : 'document' };
}
