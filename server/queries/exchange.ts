import { isLang } from '@/lib/languages';
import { SEGMENT_KINDS, type SegmentKind } from '@/lib/content/model';
import {
  type ExchangeDocument,
  type ExchangeSegment,
  exportFileName,
  FORMAT_FILES,
  type Format,
  type StoredStatus,
  writeI18next,
  writeTmx,
  writeTsv,
  writeTxt,
  writeXliff,
} from '@/lib/formats';
import type { Lang } from '@/lib/languages';
import type { Executor } from '../db/connect';

const isKind = (kind: string): kind is SegmentKind => (SEGMENT_KINDS as readonly string[]).includes(kind);

/**
 * One document as the exchange formats need it: segments in order with notes, every text with
 * its status, source hash, version, who last changed it (the account's email when the account
 * exists) and, for a rejection, its comment. Undefined when there is no such document.
 */
export async function loadExchangeDocument(db: Executor, documentId: string): Promise<ExchangeDocument | undefined> {
  const doc = await db.selectFrom('documents').select(['id', 'source_lang']).where('id', '=', documentId).executeTakeFirst();
  if (!doc || !isLang(doc.source_lang)) return undefined;
  const [languages, segments, notes, translations, rejections] = await Promise.all([
    db.selectFrom('document_languages').select('lang').where('document_id', '=', documentId).orderBy('position').execute(),
    db.selectFrom('segments').select(['id', 'kind']).where('document_id', '=', documentId).orderBy('position').execute(),
    db.selectFrom('segment_notes').select(['segment_id', 'lang', 'note']).where('document_id', '=', documentId).execute(),
    db
      .selectFrom('translations')
      .leftJoin('user', 'user.id', 'translations.updated_by')
      .select([
        'translations.segment_id',
        'translations.lang',
        'translations.text',
        'translations.status',
        'translations.source_hash',
        'translations.version',
        'translations.updated_by',
        'user.email',
      ])
      .where('translations.document_id', '=', documentId)
      .execute(),
    db
      .selectFrom('events')
      .select(['segment_id', 'lang', 'comment'])
      .where('document_id', '=', documentId)
      // A rejection, or an import that restored one from review.json.
      .where('status_after', '=', 'rejected')
      .where('comment', 'is not', null)
      .orderBy('id')
      .execute(),
  ]);
  const bySegment = new Map<string, ExchangeSegment>();
  const ordered: ExchangeSegment[] = [];
  for (const s of segments) {
    const segment: ExchangeSegment = { id: s.id, kind: isKind(s.kind) ? s.kind : 'paragraph', notes: {}, translations: {} };
    bySegment.set(s.id, segment);
    ordered.push(segment);
  }
  for (const n of notes) {
    const segment = bySegment.get(n.segment_id);
    if (segment && isLang(n.lang)) segment.notes[n.lang] = n.note;
  }
  const lastRejection = new Map(rejections.map((r) => [`${r.segment_id}\u0000${r.lang}`, r.comment]));
  for (const t of translations) {
    const segment = bySegment.get(t.segment_id);
    if (!segment || !isLang(t.lang)) continue;
    const status = t.status as StoredStatus;
    segment.translations[t.lang] = {
      text: t.text,
      status,
      sourceHash: t.source_hash,
      version: t.version,
      by: t.email ?? t.updated_by,
      comment: status === 'rejected' ? (lastRejection.get(`${t.segment_id}\u0000${t.lang}`) ?? null) : null,
    };
  }
  return {
    id: doc.id,
    sourceLang: doc.source_lang,
    languages: languages.map((l) => l.lang).filter(isLang),
    segments: ordered,
  };
}

export interface FileExportOptions {
  /** The target language (XLIFF: required; i18next: any language; others: one target instead of all). */
  lang?: Lang;
  /** TMX: every translation, not only checked ones. */
  all?: boolean;
}

export type FileExport =
  | { ok: true; fileName: string; contentType: string; body: string }
  | { ok: false; error: 'not-found' }
  | { ok: false; error: 'language'; message: string };

/** One document in one exchange format, ready to serve or save. */
export async function exportDocumentFile(
  db: Executor,
  documentId: string,
  format: Format,
  options: FileExportOptions = {},
): Promise<FileExport> {
  const doc = await loadExchangeDocument(db, documentId);
  if (!doc) return { ok: false, error: 'not-found' };
  const { lang } = options;
  const targets = doc.languages.filter((l) => l !== doc.sourceLang);
  if (lang !== undefined && !doc.languages.includes(lang)) {
    return { ok: false, error: 'language', message: `${doc.id} is not read in "${lang}" (${doc.languages.join(', ')})` };
  }
  if ((format === 'xliff' || format === 'i18next') && lang === undefined) {
    return {
      ok: false,
      error: 'language',
      message: `a ${format} file holds one language: name it (${(format === 'xliff' ? targets : doc.languages).join(', ')})`,
    };
  }
  if (format !== 'i18next' && lang === doc.sourceLang) {
    return { ok: false, error: 'language', message: `"${lang}" is the source language; name a target (${targets.join(', ')})` };
  }
  const body = (() => {
    switch (format) {
      case 'xliff':
        return writeXliff(doc, lang as Lang);
      case 'i18next':
        return writeI18next(doc, lang as Lang);
      case 'tmx':
        return writeTmx(lang ? { ...doc, languages: [doc.sourceLang, lang] } : doc, { all: options.all ?? false });
      case 'tsv':
        return writeTsv(doc, lang);
      case 'txt':
        return writeTxt(doc, lang);
    }
  })();
  return { ok: true, fileName: exportFileName(doc.id, format, lang), contentType: FORMAT_FILES[format].contentType, body };
}
