import { readConfig } from './config';
import { backfillSentenceLinks } from './content/sentences';
import { removeStaleImports } from './content/import';
import { seedIfEmpty } from './content/seed';
import { type Db, openSqlite } from './db/connect';
import { seedGlossaryOnce } from './glossary/seed';

export type { Db } from './db/connect';

const globalForDb = globalThis as typeof globalThis & { triglotDb?: Promise<Db> };

async function open(): Promise<Db> {
  const config = readConfig();
  const db = config.databaseUrl
    ? await (await import('./db/postgres')).openPostgres(config.databaseUrl)
    : await openSqlite(config.dataDir);
  for (const id of await removeStaleImports(db)) console.warn(`triglot: removed the unfinished import of ${id}`);
  const { imported, warnings } = await seedIfEmpty(db, config.contentDir);
  await backfillSentenceLinks(db);
  warnings.push(...(await seedGlossaryOnce(db, config.contentDir)));
  if (imported.length > 0) console.info(`triglot: imported ${imported.join(', ')} from ${config.contentDir}`);
  for (const warning of warnings) console.warn(`triglot: ${warning}`);
  return db;
}

/**
 * The app's database, opened, migrated and seeded once per process. Kept on globalThis so
 * that development hot reloads (and the separate instrumentation bundle) share one pool.
 */
export function getDb(): Promise<Db> {
  globalForDb.triglotDb ??= open().catch((error: unknown) => {
    globalForDb.triglotDb = undefined;
    throw error;
  });
  return globalForDb.triglotDb;
}
