import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { busyWaitMs, DatabaseBusyError } from './busy';

/**
 * SQLite for Kysely, made for several writers: the app and the CLI beside it, or two app
 * processes on one file.
 *
 * - Write transactions start with BEGIN IMMEDIATE, taking the write lock up front. A deferred
 *   transaction (SQLite's default) reads first and asks for the lock at its first write, and
 *   in WAL mode that upgrade fails at once with SQLITE_BUSY when another writer committed
 *   meanwhile: the busy timeout never applies.
 * - Waiting for the lock does not block the event loop: better-sqlite3 is synchronous, so the
 *   connection's own busy timeout is kept short and a busy BEGIN (or a busy statement outside a
 *   transaction, which did nothing) is retried after an asynchronous pause, until
 *   TRIGLOT_BUSY_WAIT_MS (15 s). Then DatabaseBusyError: the route answers 503 with Retry-After.
 * - A few connections, so that reads go on while one request waits for the write lock.
 */
export interface SqliteOptions {
  file: string;
  /** Connections in the pool; reads on one go on while another waits for the write lock. */
  connections?: number;
  /** Total wait for the write lock before DatabaseBusyError. */
  busyWaitMs?: number;
}

const SHORT_BUSY_TIMEOUT_MS = 50;

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class Connection implements DatabaseConnection {
  constructor(
    readonly sqlite: SQLite.Database,
    private readonly waitMs: number,
  ) {}

  private run<R>(compiled: CompiledQuery): QueryResult<R> {
    const stmt = this.sqlite.prepare(compiled.sql);
    const parameters = compiled.parameters as unknown[];
    if (stmt.reader) return { rows: stmt.all(parameters) as R[] };
    const { changes, lastInsertRowid } = stmt.run(parameters);
    return {
      numAffectedRows: BigInt(changes),
      insertId: BigInt(lastInsertRowid),
      rows: [],
    };
  }

  /**
   * Runs a statement; one that finds the database busy outside a transaction did nothing, so it
   * is tried again after a pause. Inside a transaction (which holds the write lock since BEGIN
   * IMMEDIATE) a busy error is passed on: the transaction rolls back whole.
   */
  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    if (this.sqlite.inTransaction) return this.run<R>(compiled);
    return this.withRetry(() => this.run<R>(compiled));
  }

  async withRetry<T>(attempt: () => T): Promise<T> {
    const started = Date.now();
    let pause = 2;
    for (;;) {
      try {
        return attempt();
      } catch (error) {
        if (!isBusy(error)) throw error;
        const waited = Date.now() - started;
        if (waited >= this.waitMs) throw new DatabaseBusyError(waited);
        // Short, jittered pauses: another process's lock is released between its chunks, and
        // a short poll catches that gap.
        await sleep(Math.min(pause, this.waitMs - waited) * (0.5 + Math.random()));
        pause = Math.min(pause * 2, 25);
      }
    }
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not used with SQLite here');
  }
}

class Pool {
  private readonly free: Connection[] = [];
  private readonly waiting: ((c: Connection) => void)[] = [];
  private readonly all: Connection[] = [];

  constructor(private readonly options: Required<SqliteOptions>) {}

  private open(): Connection {
    const sqlite = new SQLite(this.options.file);
    if (this.all.length === 0) {
      // WAL lets readers go on while a writer commits; it is a property of the file.
      sqlite.pragma('journal_mode = WAL');
    }
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${SHORT_BUSY_TIMEOUT_MS}`);
    const connection = new Connection(sqlite, this.options.busyWaitMs);
    this.all.push(connection);
    return connection;
  }

  async acquire(): Promise<Connection> {
    const free = this.free.pop();
    if (free) return free;
    if (this.all.length < this.options.connections) return this.open();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(connection: Connection): void {
    const next = this.waiting.shift();
    if (next) next(connection);
    else this.free.push(connection);
  }

  destroy(): void {
    for (const c of this.all) c.sqlite.close();
    this.all.length = 0;
    this.free.length = 0;
  }

  /** The first connection, opened if needed (for pragmas and the online backup). */
  first(): SQLite.Database {
    return (this.all[0] ?? this.open()).sqlite;
  }
}

/** SQLite does run DDL in transactions: migrations then take the write lock (BEGIN IMMEDIATE), so two processes starting on one new file migrate one after the other. */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class Sqlitedriver implements Driver {
  constructor(readonly pool: Pool) {}

  async init(): Promise<void> {
    // Opening the first connection sets WAL mode before anything else runs.
    this.pool.first();
  }

  acquireConnection(): Promise<DatabaseConnection> {
    return this.pool.acquire();
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const c = connection as Connection;
    await c.withRetry(() => c.sqlite.prepare('BEGIN IMMEDIATE').run());
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const c = connection as Connection;
    // COMMIT in WAL mode does not wait for readers; should it ever find the file busy, SQLite
    // keeps the transaction open, so roll back rather than leave the connection in it.
    try {
      c.sqlite.prepare('COMMIT').run();
    } catch (error) {
      if (c.sqlite.inTransaction) c.sqlite.prepare('ROLLBACK').run();
      if (isBusy(error)) throw new DatabaseBusyError(0);
      throw error;
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const c = connection as Connection;
    if (c.sqlite.inTransaction) c.sqlite.prepare('ROLLBACK').run();
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`SAVEPOINT "${name.replaceAll('"', '""')}"`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`ROLLBACK TO "${name.replaceAll('"', '""')}"`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`RELEASE "${name.replaceAll('"', '""')}"`));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const c = connection as Connection;
    // A transaction that was never closed must not leak into the next user of the connection.
    if (c.sqlite.inTransaction) c.sqlite.prepare('ROLLBACK').run();
    this.pool.release(c);
  }

  async destroy(): Promise<void> {
    this.pool.destroy();
  }
}

export class TriglotSqliteDialect implements Dialect {
  readonly pool: Pool;

  constructor(options: SqliteOptions) {
    this.pool = new Pool({ connections: 4, busyWaitMs: busyWaitMs(), ...options });
  }

  createDriver(): Driver {
    return new Sqlitedriver(this.pool);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new TransactionalDdlAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}
