import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, Migrator, type Transaction } from 'kysely';
import { migrationProvider } from './migrations';
import type { Database } from './schema';
import { TriglotSqliteDialect } from './sqlite';

export type Db = Kysely<Database>;
/** The database or an open transaction on it: what a function that only reads or writes rows takes. */
export type Executor = Db | Transaction<Database>;

/** The SQLite file of a data folder. */
export function sqliteFile(dataDir: string): string {
  return path.join(dataDir, 'triglot.db');
}

/**
 * Opens (creating if needed) the SQLite file under `dataDir` and applies pending migrations.
 * WAL mode, foreign keys on, write transactions that take the lock up front and wait for it
 * without blocking the event loop (server/db/sqlite.ts).
 */
export async function openSqlite(dataDir: string): Promise<Db> {
  mkdirSync(dataDir, { recursive: true });
  const db = new Kysely<Database>({ dialect: new TriglotSqliteDialect({ file: sqliteFile(dataDir) }) });
  try {
    await migrate(db, 'sqlite');
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

export async function migrate(db: Db, dialect: 'sqlite' | 'postgres'): Promise<void> {
  // Branches add migrations under their own name prefixes; each stands alone, so the order in
  // which they were applied does not matter.
  const migrator = new Migrator({ db, provider: migrationProvider(dialect), allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
