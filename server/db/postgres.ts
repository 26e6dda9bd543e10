import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { type Db, migrate } from './connect';
import type { Database } from './schema';

/**
 * PostgreSQL for scale-out: several stateless app servers share one database through the
 * same Kysely schema. Concurrent starts are serialised by Kysely's migration lock.
 */
export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection that the server drops (restart, failover, admin kill) must not crash
  // the process: the pool replaces it on the next query.
  pool.on('error', (error) => console.warn(`triglot: idle PostgreSQL connection closed: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrate(db, 'postgres');
  return db;
}
