import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ExchangeDocument, writeContentFiles } from '@/lib/formats';
import { toTbx } from '@/lib/glossary/tbx';
import { recordContentBase } from '../content/base';
import type { Db } from '../db/connect';
import { listGlossary } from '../glossary/store';
import { loadExchangeDocument } from '../queries/exchange';

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
 * Writes each document back to `root/<id>/` in the content format, with review.json and its
 * glossary (glossary.tbx, when it has one). A file
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
    const files = writeContentFiles(doc);
    // The document's own glossary travels with it, as the TBX file first start reads back.
    const glossary = (await listGlossary(db, doc.id)).filter((entry) => entry.documentId === doc.id);
    if (glossary.length > 0) files['glossary.tbx'] = toTbx(glossary, `Glossary of ${doc.id}`);
    for (const [name, content] of Object.entries(files)) {
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
      recordContentBase(trx, doc.id, {
        texts: doc.segments.flatMap((s) =>
          Object.entries(s.translations).map(([lang, t]) => ({ segmentId: s.id, lang, text: t.text })),
        ),
        notes: doc.segments.flatMap((s) =>
          Object.entries(s.notes).flatMap(([lang, note]) => (note === undefined ? [] : [{ segmentId: s.id, lang, note }])),
        ),
      }),
    );
    results.push(result);
  }
  return results;
}
