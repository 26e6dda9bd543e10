import { sql } from 'kysely';
import { isLang, type Lang } from '@/lib/languages';
import { type EffectiveStatus, OUTDATED_STATUSES, type Progress, progressFromCounts } from '@/lib/review';
import type { Executor } from '../db/connect';

/**
 * A translation's effective status in SQL: exactly `effectiveStatus` of lib/review (the
 * statuses that become `outdated` come from there), so the database only aggregates what the
 * domain defines. `t` is the translation, `s` the source row of the same segment.
 */
const effectiveStatusSql = sql<EffectiveStatus>`case when t.source_hash <> s.source_hash and t.status in (${sql.join(
  OUTDATED_STATUSES.map((status) => sql.lit(status)),
)}) then 'outdated' else t.status end`;

/**
 * Progress of every target language of the given documents (all when `documentIds` is
 * omitted), counted in the database: one grouped query whatever the documents' size.
 */
export async function progressByDocument(
  db: Executor,
  documentIds?: readonly string[],
  onlyLang?: Lang,
): Promise<Map<string, Partial<Record<Lang, Progress>>>> {
  if (documentIds?.length === 0) return new Map();
  let totalsQuery = db
    .selectFrom('segments')
    .select(['document_id', (eb) => eb.fn.countAll<number>().as('total')])
    .groupBy('document_id');
  let languagesQuery = db
    .selectFrom('document_languages as l')
    .innerJoin('documents as d', 'd.id', 'l.document_id')
    .select(['l.document_id', 'l.lang'])
    .whereRef('l.lang', '<>', 'd.source_lang')
    .orderBy('l.document_id')
    .orderBy('l.position');
  let countsQuery = db
    .selectFrom('translations as t')
    .innerJoin('documents as d', 'd.id', 't.document_id')
    .innerJoin('translations as s', (join) =>
      join
        .onRef('s.document_id', '=', 't.document_id')
        .onRef('s.segment_id', '=', 't.segment_id')
        .onRef('s.lang', '=', 'd.source_lang'),
    )
    .select(['t.document_id', 't.lang', effectiveStatusSql.as('effective'), (eb) => eb.fn.countAll<number>().as('n')])
    .whereRef('t.lang', '<>', 'd.source_lang')
    .where('t.status', '<>', 'missing')
    .groupBy(['t.document_id', 't.lang', effectiveStatusSql]);
  if (onlyLang) {
    languagesQuery = languagesQuery.where('l.lang', '=', onlyLang);
    countsQuery = countsQuery.where('t.lang', '=', onlyLang);
  }
  if (documentIds) {
    totalsQuery = totalsQuery.where('document_id', 'in', documentIds);
    languagesQuery = languagesQuery.where('l.document_id', 'in', documentIds);
    countsQuery = countsQuery.where('t.document_id', 'in', documentIds);
  }
  const [totals, languages, counts] = await Promise.all([totalsQuery.execute(), languagesQuery.execute(), countsQuery.execute()]);

  const totalOf = new Map(totals.map((t) => [t.document_id, Number(t.total)]));
  const countsOf = new Map<string, Partial<Record<EffectiveStatus, number>>>();
  for (const row of counts) {
    const key = `${row.document_id}\u0000${row.lang}`;
    const bucket = countsOf.get(key) ?? {};
    bucket[row.effective] = (bucket[row.effective] ?? 0) + Number(row.n);
    countsOf.set(key, bucket);
  }
  const result = new Map<string, Partial<Record<Lang, Progress>>>();
  for (const { document_id: documentId, lang } of languages) {
    if (!isLang(lang)) continue;
    const perLang = result.get(documentId) ?? {};
    perLang[lang] = progressFromCounts(countsOf.get(`${documentId}\u0000${lang}`) ?? {}, totalOf.get(documentId) ?? 0);
    result.set(documentId, perLang);
  }
  return result;
}

/** Progress of every target language of one document, or of one of them. */
export async function documentProgress(db: Executor, documentId: string, lang?: Lang): Promise<Partial<Record<Lang, Progress>>> {
  return (await progressByDocument(db, [documentId], lang)).get(documentId) ?? {};
}
