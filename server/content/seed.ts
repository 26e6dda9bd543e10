import { ContentError, listDocumentDirs, loadDocumentDir } from '@/lib/content/load';
import type { ContentDocument } from '@/lib/content/model';
import type { Db } from '../db/connect';
import { contentBaseOf, recordContentBase } from './base';
import { DocumentExistsError, importContentDocument } from './import';

export interface SeedResult {
  imported: string[];
  warnings: string[];
}

/**
 * On first start (no document in the database) imports every folder under `contentDir`.
 * All folders are validated before anything is written, so a broken file imports nothing
 * and the error names it.
 */
export async function seedIfEmpty(db: Db, contentDir: string): Promise<SeedResult> {
  const any = await db.selectFrom('documents').select('id').limit(1).executeTakeFirst();
  if (any) return { imported: [], warnings: [] };

  const documents: ContentDocument[] = [];
  const warnings: string[] = [];
  for (const dir of await listDocumentDirs(contentDir)) {
    const result = await loadDocumentDir(dir);
    if (!result.ok) throw new ContentError(result.errors);
    documents.push(result.document);
    warnings.push(...result.warnings.map((w) => `${w.file}: segment "${w.segmentId}": ${w.message}`));
  }
  const imported: string[] = [];
  for (const doc of documents) {
    try {
      await importContentDocument(db, doc, { actor: null });
      // The files and the database now agree: the base a later sync compares against.
      await recordContentBase(db, doc.id, contentBaseOf(doc));
      imported.push(doc.id);
    } catch (error) {
      // Another process seeding the same empty database at the same moment got there first.
      if (!(error instanceof DocumentExistsError)) throw error;
    }
  }
  return { imported, warnings };
}
