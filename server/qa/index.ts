import { sql } from 'kysely';
import { sourceHash as textHash } from '@/lib/content/hash';
import { isLang, type Lang } from '@/lib/languages';
import { type CheckId, lengthRange, type QaInput, runChecks, type TranslationQa } from '@/lib/qa';
import type { Executor } from '../db/connect';
import { listGlossary } from '../glossary/store';

export { textHash };

/**
 * This document's length ratios for one language, counted in SQL (characters without
 * ordinary spaces), so a long document costs two numbers per segment, not its texts.
 */
async function documentLengthRange(db: Executor, documentId: string, sourceLang: Lang, lang: Lang) {
  const rows = await db
    .selectFrom('translations as t')
    .innerJoin('translations as s', (join) =>
      join.onRef('s.document_id', '=', 't.document_id').onRef('s.segment_id', '=', 't.segment_id').on('s.lang', '=', sourceLang),
    )
    .select([
      sql<number>`length(replace(t.text, ' ', ''))`.as('target'),
      sql<number>`length(replace(s.text, ' ', ''))`.as('source'),
    ])
    .where('t.document_id', '=', documentId)
    .where('t.lang', '=', lang)
    .execute();
  return lengthRange(rows.filter((r) => Number(r.source) >= 40).map((r) => Number(r.target) / Number(r.source)));
}

interface TextRow {
  segment_id: string;
  lang: string;
  text: string;
  version: number;
}

/**
 * Quality findings of translations of one document: of one segment (after a write), or of
 * every segment in one language (the workspace). Each finding says whether a reviewer
 * dismissed it for the current text.
 */
export async function documentQa(
  db: Executor,
  documentId: string,
  options: { segmentId?: string; segmentIds?: readonly string[]; lang?: Lang } = {},
): Promise<TranslationQa[]> {
  const doc = await db.selectFrom('documents').select('source_lang').where('id', '=', documentId).executeTakeFirst();
  if (!doc || !isLang(doc.source_lang)) return [];
  const sourceLang = doc.source_lang;
  let textQuery = db
    .selectFrom('translations')
    .select(['segment_id', 'lang', 'text', 'version'])
    .where('document_id', '=', documentId);
  if (options.segmentId) textQuery = textQuery.where('segment_id', '=', options.segmentId);
  if (options.segmentIds)
    textQuery = textQuery.where('segment_id', 'in', options.segmentIds.length ? [...options.segmentIds] : ['']);
  let dismissalQuery = db
    .selectFrom('qa_dismissals')
    .select(['segment_id', 'lang', 'text_hash', 'check_id'])
    .where('document_id', '=', documentId);
  if (options.segmentId) dismissalQuery = dismissalQuery.where('segment_id', '=', options.segmentId);
  if (options.segmentIds) {
    dismissalQuery = dismissalQuery.where('segment_id', 'in', options.segmentIds.length ? [...options.segmentIds] : ['']);
  }
  if (options.lang) dismissalQuery = dismissalQuery.where('lang', '=', options.lang);
  const [texts, glossary, dismissals] = await Promise.all([
    textQuery.execute() as Promise<TextRow[]>,
    listGlossary(db, documentId),
    dismissalQuery.execute(),
  ]);
  const dismissed = new Set(dismissals.map((d) => `${d.segment_id}\u0000${d.lang}\u0000${d.text_hash}\u0000${d.check_id}`));
  const bySegment = new Map<string, TextRow[]>();
  for (const t of texts) bySegment.set(t.segment_id, [...(bySegment.get(t.segment_id) ?? []), t]);
  const targets = [...new Set(texts.map((t) => t.lang))].filter((l): l is Lang => isLang(l) && l !== sourceLang);
  const langs = options.lang ? targets.filter((l) => l === options.lang) : targets;
  const ranges = new Map(
    await Promise.all(langs.map(async (l) => [l, await cachedLengthRange(db, documentId, sourceLang, l)] as const)),
  );

  const result: TranslationQa[] = [];
  for (const [segmentId, rows] of bySegment) {
    const source = rows.find((r) => r.lang === sourceLang);
    if (!source) continue;
    for (const row of rows) {
      if (!isLang(row.lang) || !langs.includes(row.lang)) continue;
      const input: QaInput = {
        sourceLang,
        lang: row.lang,
        source: source.text,
        text: row.text,
        glossary,
        others: rows
          .filter((o) => o !== row && o !== source && isLang(o.lang))
          .map((o) => ({ lang: o.lang as Lang, text: o.text })),
        lengthRange: ranges.get(row.lang) ?? null,
      };
      const hash = textHash(row.text);
      result.push({
        segmentId,
        lang: row.lang,
        version: Number(row.version),
        findings: runChecks(input).map((f) => ({
          ...f,
          dismissed: dismissed.has(`${segmentId}\u0000${row.lang}\u0000${hash}\u0000${f.check}`),
        })),
      });
    }
  }
  return result;
}

/**
 * A document's length range moves little with one edit, and computing it reads every
 * translation of the language: it is kept for a minute, so a save on a book does not pay for
 * the whole book each time.
 */
const lengthRanges = new Map<string, { at: number; value: Awaited<ReturnType<typeof documentLengthRange>> }>();
const LENGTH_RANGE_TTL_MS = 60_000;

async function cachedLengthRange(db: Executor, documentId: string, sourceLang: Lang, lang: Lang) {
  const key = `${documentId}\u0000${lang}`;
  const known = lengthRanges.get(key);
  if (known && Date.now() - known.at < LENGTH_RANGE_TTL_MS) return known.value;
  const value = await documentLengthRange(db, documentId, sourceLang, lang);
  if (lengthRanges.size > 256) lengthRanges.clear();
  lengthRanges.set(key, { at: Date.now(), value });
  return value;
}

/** Records (or withdraws) a reviewer's dismissal of one check for the translation's current text. */
export async function setDismissal(
  db: Executor,
  target: { documentId: string; segmentId: string; lang: Lang; text: string; check: CheckId },
  dismiss: boolean,
  actorId: string,
): Promise<void> {
  const key = {
    document_id: target.documentId,
    segment_id: target.segmentId,
    lang: target.lang,
    text_hash: textHash(target.text),
    check_id: target.check,
  };
  if (dismiss) {
    await db
      .insertInto('qa_dismissals')
      .values({ ...key, dismissed_by: actorId, dismissed_at: new Date().toISOString() })
      .onConflict((oc) => oc.columns(['document_id', 'segment_id', 'lang', 'text_hash', 'check_id']).doNothing())
      .execute();
  } else {
    await db
      .deleteFrom('qa_dismissals')
      .where('document_id', '=', key.document_id)
      .where('segment_id', '=', key.segment_id)
      .where('lang', '=', key.lang)
      .where('text_hash', '=', key.text_hash)
      .where('check_id', '=', key.check_id)
      .execute();
  }
}
