import { sourceHash } from '@/lib/content/hash';
import type { ContentDocument } from '@/lib/content/model';
import type { Db } from '../db/connect';
import { insertMany } from '../db/insert-many';
import { sentenceLinkRows } from './sentences';

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
 * notes, every text and one `import` event per text. Either all of it lands or none. Targets
 * come in as `draft` (nobody has reviewed them) unless the folder's review.json, written by
 * export, says otherwise: then status, who set it, the source hash it was checked against and a
 * rejection's comment are restored as they were.
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
    await insertMany(
      trx,
      'segments',
      doc.segments.map((s, position) => ({ document_id: doc.id, id: s.id, position, kind: s.kind })),
    );
    await insertMany(
      trx,
      'segment_notes',
      doc.segments.flatMap((s) =>
        Object.entries(s.notes).map(([lang, note]) => ({ document_id: doc.id, segment_id: s.id, lang, note: note ?? '' })),
      ),
    );

    const rows = doc.languages.flatMap((lang) =>
      doc.segments.flatMap((segment) => {
        const text = doc.texts[lang]?.[segment.id];
        const hash = sourceHash(sourceTexts[segment.id] ?? '');
        const review = lang === doc.sourceLang ? undefined : doc.review?.[lang]?.[segment.id];
        return text === undefined
          ? []
          : [
              {
                segment_id: segment.id,
                lang,
                text,
                hash: review?.sourceHash ?? hash,
                status: review?.status ?? 'draft',
                by: review?.by ?? options.actor,
                comment: review?.status === 'rejected' ? (review.comment ?? null) : null,
              },
            ];
      }),
    );
    await insertMany(
      trx,
      'translations',
      rows.map((r) => ({
        document_id: doc.id,
        segment_id: r.segment_id,
        lang: r.lang,
        text: r.text,
        status: r.status,
        source_hash: r.hash,
        version: 1,
        updated_at: now,
        updated_by: r.by,
        text_author: options.actor,
      })),
    );
    await insertMany(
      trx,
      'events',
      rows.map((r) => ({
        document_id: doc.id,
        segment_id: r.segment_id,
        lang: r.lang,
        actor: options.actor,
        action: 'import',
        text_before: null,
        text_after: r.text,
        status_before: 'missing',
        status_after: r.status,
        source_hash: r.hash,
        version: 1,
        created_at: now,
        comment: r.comment,
      })),
    );
    // Computed from the texts in hand: nothing written above needs reading back.
    await insertMany(trx, 'sentence_links', sentenceLinkRows(doc));
    const sources = [...new Map(rows.filter((r) => r.lang === doc.sourceLang).map((r) => [r.hash, r.text])).entries()];
    for (let i = 0; i < sources.length; i += 10_000) {
      await trx
        .insertInto('source_texts')
        .values(sources.slice(i, i + 10_000).map(([hash, text]) => ({ hash, text })))
        .onConflict((oc) => oc.column('hash').doNothing())
        .execute();
    }
  });
}
