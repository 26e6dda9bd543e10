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
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrate(db, 'postgres');
  return db;
}
