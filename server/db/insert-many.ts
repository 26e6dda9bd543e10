import type { Insertable } from 'kysely';
import type { Executor } from '../db/connect';
import type { Database } from './schema';

/** Bound parameters per statement: below SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts many rows in statements small enough for either database's parameter limit, so a
 * book-length import works as well as an article. Call inside a transaction for all-or-nothing.
 */
export async function insertMany<T extends keyof Database & string>(
  db: Executor,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length || 1;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let i = 0; i < rows.length; i += size) {
    // Kysely's generic insert types cannot follow a table name given as a type parameter.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
}
