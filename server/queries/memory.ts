import { sql } from 'kysely';
import type { Lang } from '@/lib/languages';
import { type MatchScore, rankSuggestions } from '@/lib/tm/score';
import type { Db } from '../db/connect';

export interface MemorySuggestion {
  /** The checked translation to insert. */
  text: string;
  /** The source it translated, to compare with this one. */
  source: string;
  documentId: string;
  segmentId: string;
  match: MatchScore;
}

/** How many stored translations are scored for one request at most: the cost of a lookup stays bounded. */
const CANDIDATES = 500;

/**
 * Translation memory: checked translations into `lang` of sources in the same language,
 * from this document and every other, ranked against this segment's source: exact matches
 * first, then fuzzy ones (token edit distance) at 50 % or more. The database narrows the
 * candidates by source length before any are scored.
 */
export async function listMemorySuggestions(
  db: Db,
  documentId: string,
  segmentId: string,
  lang: Lang,
): Promise<MemorySuggestion[] | undefined> {
  const current = await db
    .selectFrom('translations as s')
    .innerJoin('documents as d', (join) => join.onRef('d.id', '=', 's.document_id').onRef('d.source_lang', '=', 's.lang'))
    .select(['s.text', 'd.source_lang'])
    .where('s.document_id', '=', documentId)
    .where('s.segment_id', '=', segmentId)
    .executeTakeFirst();
  if (!current || current.source_lang === lang) return undefined;
  const length = current.text.length;
  const rows = await db
    .selectFrom('translations as t')
    .innerJoin('documents as d', 'd.id', 't.document_id')
    .innerJoin('translations as s', (join) =>
      join
        .onRef('s.document_id', '=', 't.document_id')
        .onRef('s.segment_id', '=', 't.segment_id')
        .onRef('s.lang', '=', 'd.source_lang'),
    )
    .select(['t.text', 's.text as source', 't.document_id', 't.segment_id'])
    .where('t.lang', '=', lang)
    .where('t.status', '=', 'checked')
    // A checked text only counts while it still renders its source.
    .whereRef('t.source_hash', '=', 's.source_hash')
    .where('d.source_lang', '=', current.source_lang)
    .where((eb) => eb.or([eb('t.document_id', '!=', documentId), eb('t.segment_id', '!=', segmentId)]))
    .where(sql<boolean>`length(s.text) between ${Math.floor(length / 2)} and ${length * 2}`)
    .orderBy(sql`abs(length(s.text) - ${length})`)
    .limit(CANDIDATES)
    .execute();
  return rankSuggestions(current.text, rows, (r) => r.source).map(({ item, match }) => ({
    text: item.text,
    source: item.source,
    documentId: item.document_id,
    segmentId: item.segment_id,
    match,
  }));
}
