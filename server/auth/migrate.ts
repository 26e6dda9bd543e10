import { sql } from 'kysely';
import { getMigrations } from 'better-auth/db/migration';
import type { Db } from '../db/connect';
import type { Auth } from './create';

/** An advisory lock id of our own (Kysely's migrator holds another while it migrates the app tables). */
const AUTH_MIGRATION_LOCK = 7_321_402_118_911n;

/**
 * Creates or upgrades the auth library's tables (user, session, account, verification,
 * rateLimit). On PostgreSQL under an advisory lock, so that app servers starting at the same
 * moment on one empty database create them one after the other: the second finds them made.
 * On SQLite a start that lost the race to another process finds the tables there on a retry.
 */
export async function migrateAuth(auth: Auth, dialect: 'sqlite' | 'postgres' = 'sqlite'): Promise<void> {
  const run = async () => {
    const { runMigrations } = await getMigrations(auth.options);
    await runMigrations();
  };
  if (dialect === 'postgres') {
    const db = (auth.options.database as { db: Db }).db;
    await db.connection().execute(async (connection) => {
      await sql`SELECT pg_advisory_lock(${sql.lit(AUTH_MIGRATION_LOCK)})`.execute(connection);
      try {
        await run();
      } finally {
        await sql`SELECT pg_advisory_unlock(${sql.lit(AUTH_MIGRATION_LOCK)})`.execute(connection);
      }
    });
    return;
  }
  try {
    await run();
  } catch (error) {
    // Another process created the tables between our look and our CREATE: look again.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await run().catch(() => {
      throw error;
    });
  }
}
