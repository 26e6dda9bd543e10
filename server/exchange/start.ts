import { sql } from 'kysely';
import type { Actor } from '@/lib/review';
import type { Config } from '../config';
import type { Db } from '../db/connect';
import { type DocumentSync, syncContent, syncReport } from './sync';

/**
 * Who a sync at start acts as: the content files themselves, with an administrator's rights
 * over them. Its events name no account (the history shows "system", as for first-start
 * seeding); the id matches no account, which better-auth gives random ids of 32 characters.
 */
export const CONTENT_FILES_ACTOR: Actor = { id: 'system', role: 'admin', languages: null };

/** An advisory lock id of our own, beside the auth migration's. */
const SYNC_AT_START_LOCK = 7_321_402_118_912n;

interface Log {
  info: (message: string) => void;
  warn: (message: string) => void;
}

/**
 * With TRIGLOT_SYNC_ON_START=1, runs `sync` once as the server starts (after migrations and
 * seeding): what changed in content/ comes in, with source changes taken as changes of meaning,
 * and no side preferred, so every conflict is logged and skipped until someone chooses with
 * `triglot sync --prefer`. On PostgreSQL under an advisory lock, so that servers starting at
 * once sync one after the other: the later one finds the files and the database agreeing.
 */
export async function syncOnStart(
  db: Db,
  config: Pick<Config, 'syncOnStart' | 'contentDir' | 'databaseUrl'>,
  log: Log = { info: console.info, warn: console.warn },
): Promise<DocumentSync[]> {
  if (!config.syncOnStart) return [];
  const run = () => syncContent(db, CONTENT_FILES_ACTOR, config.contentDir, { dryRun: false, sourceChange: 'meaning' });
  const results = config.databaseUrl ? await underLock(db, run) : await run();
  for (const result of results) {
    const [summary = '', ...details] = syncReport(result);
    const changed =
      result.created ||
      result.added + result.changed + result.notesChanged > 0 ||
      Object.values(result.segments).some((n) => n > 0);
    if (details.length > 0) log.warn(`triglot: sync at start: ${[summary, ...details].join('\n')}`);
    else if (changed) log.info(`triglot: sync at start: ${summary}`);
  }
  return results;
}

async function underLock<T>(db: Db, work: () => Promise<T>): Promise<T> {
  // The lock is held by one pooled connection while the work runs on others.
  return db.connection().execute(async (connection) => {
    await sql`SELECT pg_advisory_lock(${sql.lit(SYNC_AT_START_LOCK)})`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`SELECT pg_advisory_unlock(${sql.lit(SYNC_AT_START_LOCK)})`.execute(connection);
    }
  });
}
