import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type ExchangeDocument,
  exportFileName,
  FORMAT_FILES,
  type Format,
  writeContentFiles,
  writeI18next,
  writeTmx,
  writeTsv,
  writeTxt,
  writeXliff,
} from '@/lib/formats';
import type { Lang } from '@/lib/languages';
import { recordContentBase } from '../content/base';
import type { Db } from '../db/connect';
import { loadExchangeDocument } from './document';

export class UnknownDocumentError extends Error {
  constructor(readonly documentId: string) {
    super(`no document "${documentId}"`);
    this.name = 'UnknownDocumentError';
  }
}

export interface ContentExport {
  documentId: string;
  /** Files rewritten because their content changed. */
  written: string[];
  unchanged: string[];
}

/**
 * Writes each document back to `root/<id>/` in the content format, with review.json. A file
 * whose bytes would not change is not touched, so an unchanged document leaves git clean. The
 * database then remembers these texts as the base of the next sync.
 */
export async function exportContent(db: Db, root: string, documentIds?: readonly string[]): Promise<ContentExport[]> {
  const ids = documentIds?.length
    ? [...documentIds]
    : (await db.selectFrom('documents').select('id').orderBy('id').execute()).map((d) => d.id);
  const documents: ExchangeDocument[] = [];
  for (const id of ids) {
    const doc = await loadExchangeDocument(db, id);
    if (!doc) throw new UnknownDocumentError(id);
    documents.push(doc);
  }
  const results: ContentExport[] = [];
  for (const doc of documents) {
    const dir = path.join(root, doc.id);
    await mkdir(dir, { recursive: true });
    const result: ContentExport = { documentId: doc.id, written: [], unchanged: [] };
    for (const [name, content] of Object.entries(writeContentFiles(doc))) {
      const file = path.join(dir, name);
      const existing = await readFile(file, 'utf8').catch(() => null);
      if (existing === content) {
        result.unchanged.push(name);
        continue;
      }
      // Written beside and renamed: a reader of the folder never sees half a file.
      await writeFile(`${file}.tmp`, content, 'utf8');
      await rename(`${file}.tmp`, file);
      result.written.push(name);
    }
    await db.transaction().execute((trx) =>
      recordContentBase(
        trx,
        doc.id,
        doc.segments.flatMap((s) => Object.entries(s.translations).map(([lang, t]) => ({ segmentId: s.id, lang, text: t.text }))),
      ),
    );
    results.push(result);
  }
  return results;
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
  db: Db,
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
