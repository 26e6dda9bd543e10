import { sourceHash } from '@/lib/content/hash';
import type { ContentDocument } from '@/lib/content/model';
import type { Db } from '../db/connect';
import { storeSentenceLinks } from './sentences';

export interface ImportOptions {
  /** Who the events name; `null` for the system (first-start seeding). */
  actor: string | null;
  now?: Date;
}

export class DocumentExistsError extends Error {
  constructor(readonly documentId: string) {
    super(`A document with id "${documentId}" already exists`);
    this.name = 'DocumentExistsError';
  }
}

/**
 * Writes one validated document in one transaction: the document, its languages, segments,
 * notes, every text (targets as `draft`: nobody has reviewed them) and one `import` event per
 * text. Either all of it lands or none.
 */
export async function importContentDocument(db: Db, doc: ContentDocument, options: ImportOptions): Promise<void> {
  const now = (options.now ?? new Date()).toISOString();
  const sourceTexts = doc.texts[doc.sourceLang] ?? {};
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('documents').select('id').where('id', '=', doc.id).executeTakeFirst();
    if (existing) throw new DocumentExistsError(doc.id);

    await trx.insertInto('documents').values({ id: doc.id, source_lang: doc.sourceLang, created_at: now }).execute();
    await trx
      .insertInto('document_languages')
      .values(doc.languages.map((lang, position) => ({ document_id: doc.id, lang, position })))
      .execute();
    await trx
      .insertInto('segments')
      .values(doc.segments.map((s, position) => ({ document_id: doc.id, id: s.id, position, kind: s.kind })))
      .execute();
    const notes = doc.segments.flatMap((s) =>
      Object.entries(s.notes).map(([lang, note]) => ({ document_id: doc.id, segment_id: s.id, lang, note: note ?? '' })),
    );
    if (notes.length > 0) await trx.insertInto('segment_notes').values(notes).execute();

    const rows = doc.languages.flatMap((lang) =>
      doc.segments.flatMap((segment) => {
        const text = doc.texts[lang]?.[segment.id];
        const hash = sourceHash(sourceTexts[segment.id] ?? '');
        return text === undefined ? [] : [{ segment_id: segment.id, lang, text, hash }];
      }),
    );
    if (rows.length === 0) return;
    await trx
      .insertInto('translations')
      .values(
        rows.map((r) => ({
          document_id: doc.id,
          segment_id: r.segment_id,
          lang: r.lang,
          text: r.text,
          status: 'draft',
          source_hash: r.hash,
          version: 1,
          updated_at: now,
          updated_by: options.actor,
          text_author: options.actor,
        })),
      )
      .execute();
    await trx
      .insertInto('events')
      .values(
        rows.map((r) => ({
          document_id: doc.id,
          segment_id: r.segment_id,
          lang: r.lang,
          actor: options.actor,
          action: 'import',
          text_before: null,
          text_after: r.text,
          status_before: 'missing',
          status_after: 'draft',
          source_hash: r.hash,
          version: 1,
          created_at: now,
          comment: null,
        })),
      )
      .execute();
    for (const segment of doc.segments) await storeSentenceLinks(trx, doc.id, segment.id);
    const sources = [...new Map(rows.filter((r) => r.lang === doc.sourceLang).map((r) => [r.hash, r.text])).entries()];
    if (sources.length > 0) {
      await trx
        .insertInto('source_texts')
        .values(sources.map(([hash, text]) => ({ hash, text })))
        .onConflict((oc) => oc.column('hash').doNothing())
        .execute();
    }
  });
}
