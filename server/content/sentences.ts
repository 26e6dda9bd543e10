import { sourceHash } from '@/lib/content/hash';
import type { ContentDocument } from '@/lib/content/model';
import { isLang } from '@/lib/languages';
import { translationSentenceLinks } from '@/lib/reader/sentences';
import type { Executor } from '../db/connect';

/**
 * Recomputes and stores the sentence links of every translation of one segment (or of one
 * language only). Called in the same transaction as the write that changed a text.
 */
export async function storeSentenceLinks(trx: Executor, documentId: string, segmentId: string, onlyLang?: string): Promise<void> {
  const doc = await trx.selectFrom('documents').select('source_lang').where('id', '=', documentId).executeTakeFirst();
  if (!doc || !isLang(doc.source_lang)) return;
  const sourceLang = doc.source_lang;
  const rows = await trx
    .selectFrom('translations')
    .select(['lang', 'text', 'source_hash'])
    .where('document_id', '=', documentId)
    .where('segment_id', '=', segmentId)
    .execute();
  const source = rows.find((r) => r.lang === sourceLang);
  if (!source) return;
  const currentSourceHash = sourceHash(source.text);
  // All translations are aligned together (jointly when there are two), even when only one
  // language's links are stored: the other translation's evidence helps.
  const translations = rows.flatMap((r) => (r.lang !== sourceLang && isLang(r.lang) ? [{ text: r.text, lang: r.lang }] : []));
  const links = translationSentenceLinks(source.text, sourceLang, translations);
  for (const row of rows) {
    if (row.lang === sourceLang || !isLang(row.lang) || (onlyLang && row.lang !== onlyLang)) continue;
    const values = {
      source_hash: currentSourceHash,
      text_hash: sourceHash(row.text),
      links: JSON.stringify(links.get(row.lang) ?? []),
    };
    await trx
      .insertInto('sentence_links')
      .values({ document_id: documentId, segment_id: segmentId, lang: row.lang, ...values })
      .onConflict((oc) => oc.columns(['document_id', 'segment_id', 'lang']).doUpdateSet(values))
      .execute();
  }
}

/** The sentence-link rows of a whole document, computed from its texts in memory (for import). */
export function sentenceLinkRows(doc: ContentDocument) {
  const sources = doc.texts[doc.sourceLang] ?? {};
  const targets = doc.languages.filter((lang) => lang !== doc.sourceLang);
  return doc.segments.flatMap((segment) => {
    const source = sources[segment.id];
    if (source === undefined) return [];
    const translations = targets.flatMap((lang) => {
      const text = doc.texts[lang]?.[segment.id];
      return text === undefined ? [] : [{ text, lang }];
    });
    const links = translationSentenceLinks(source, doc.sourceLang, translations);
    return translations.map(({ text, lang }) => ({
      document_id: doc.id,
      segment_id: segment.id,
      lang,
      source_hash: sourceHash(source),
      text_hash: sourceHash(text),
      links: JSON.stringify(links.get(lang) ?? []),
    }));
  });
}

/**
 * Fills in sentence links that are missing (a database from before they existed, or rows
 * written by hand). Runs at start; does nothing when every translation has its links.
 */
export async function backfillSentenceLinks(db: Executor): Promise<number> {
  const missing = await db
    .selectFrom('translations as t')
    .innerJoin('documents as d', 'd.id', 't.document_id')
    .leftJoin('sentence_links as l', (join) =>
      join.onRef('l.document_id', '=', 't.document_id').onRef('l.segment_id', '=', 't.segment_id').onRef('l.lang', '=', 't.lang'),
    )
    .select(['t.document_id', 't.segment_id', 't.lang'])
    .whereRef('t.lang', '<>', 'd.source_lang')
    .where('d.importing_since', 'is', null)
    .where('l.links', 'is', null)
    .execute();
  for (const row of missing) await storeSentenceLinks(db, row.document_id, row.segment_id, row.lang);
  return missing.length;
}
