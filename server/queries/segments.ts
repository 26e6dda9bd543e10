import type { SegmentPage } from '@/lib/api/schemas';
import { isLang, type Lang } from '@/lib/languages';
import type { Status } from '@/lib/content/model';
import type { Db } from '../db/connect';
import { visibleDocument } from './documents';

/**
 * One page of a document's segments for the REST API, with every language's text, status,
 * outdated flag and version: the segments after position `after` (the cursor), `limit` of them,
 * read by position (the `segments_position` index), so a page of a book costs what a page costs.
 * Undefined for no such (visible) document.
 */
export async function getSegmentPage(db: Db, documentId: string, after: number, limit: number): Promise<SegmentPage | undefined> {
  const doc = await visibleDocument(db, documentId);
  if (!doc || !isLang(doc.source_lang)) return undefined;
  const sourceLang: Lang = doc.source_lang;
  const [languages, segments] = await Promise.all([
    db.selectFrom('document_languages').select('lang').where('document_id', '=', documentId).orderBy('position').execute(),
    db
      .selectFrom('segments')
      .select(['id', 'kind', 'position'])
      .where('document_id', '=', documentId)
      .where('position', '>', after)
      .orderBy('position')
      .limit(limit + 1)
      .execute(),
  ]);
  const page = segments.slice(0, limit);
  const ids = page.length > 0 ? page.map((s) => s.id) : ['\u0000none'];
  const translations = await db
    .selectFrom('translations')
    .select(['segment_id', 'lang', 'text', 'status', 'source_hash', 'version', 'updated_at'])
    .where('document_id', '=', documentId)
    .where('segment_id', 'in', ids)
    .execute();
  const bySegment = new Map<string, typeof translations>();
  for (const t of translations) bySegment.set(t.segment_id, [...(bySegment.get(t.segment_id) ?? []), t]);
  const ordered = languages.map((l) => l.lang).filter(isLang);
  return {
    documentId,
    sourceLang,
    languages: [sourceLang, ...ordered.filter((l) => l !== sourceLang)],
    segments: page.map((segment) => {
      const rows = bySegment.get(segment.id) ?? [];
      const source = rows.find((r) => r.lang === sourceLang);
      const texts: SegmentPage['segments'][number]['translations'] = {};
      for (const row of rows) {
        if (!isLang(row.lang)) continue;
        texts[row.lang] = {
          text: row.text,
          status: row.status as Status,
          outdated: row.lang !== sourceLang && row.source_hash !== source?.source_hash,
          version: Number(row.version),
          updatedAt: row.updated_at,
        };
      }
      return { id: segment.id, kind: segment.kind, position: Number(segment.position), translations: texts };
    }),
    nextCursor: segments.length > limit && page.length > 0 ? String(page[page.length - 1]!.position) : null,
  };
}
