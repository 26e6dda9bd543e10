import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listDocumentDirs } from '@/lib/content/load';
import { parseTbx } from '@/lib/glossary/tbx';
import type { Db } from '../db/connect';
import { getSetting } from '../settings';
import { insertGlossaryEntries } from './store';

const SEEDED = 'glossary_seeded';

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Once per database: imports `content/glossary.tbx` (for all documents) and each
 * `content/<document>/glossary.tbx` (for that document, if it is in the database). A flag
 * in app_settings keeps a glossary that people have since edited from being seeded again.
 */
export async function seedGlossaryOnce(db: Db, contentDir: string): Promise<string[]> {
  if (await getSetting(db, SEEDED)) return [];
  const warnings: string[] = [];
  await db.transaction().execute(async (trx) => {
    const claimed = await trx
      .insertInto('app_settings')
      .values({ key: SEEDED, value: new Date().toISOString() })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) return;
    const known = new Set((await trx.selectFrom('documents').select('id').execute()).map((d) => d.id));
    const sources: [string, string | null][] = [[path.join(contentDir, 'glossary.tbx'), null]];
    for (const dir of await listDocumentDirs(contentDir).catch(() => [])) {
      const id = path.basename(dir);
      if (known.has(id)) sources.push([path.join(dir, 'glossary.tbx'), id]);
    }
    for (const [file, documentId] of sources) {
      const text = await readIfExists(file);
      if (text === null) continue;
      const parsed = parseTbx(text);
      if (!parsed.ok) {
        warnings.push(`${file}: ${parsed.error}`);
        continue;
      }
      await insertGlossaryEntries(
        trx,
        parsed.entries.map((e) => ({ ...e, documentId })),
        null,
      );
    }
  });
  return warnings;
}
