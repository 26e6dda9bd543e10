/**
 * The database's write lock could not be had in time: another writer (the CLI importing a
 * book, a second app process) held it for longer than a request may wait. Nothing of the write
 * was done; the caller answers 503 with Retry-After, never 500.
 */
export class DatabaseBusyError extends Error {
  /** Seconds after which a retry is likely to succeed. */
  readonly retryAfter: number;

  constructor(waitedMs: number, retryAfter = 2) {
    super(`The database is busy (another writer held it for ${Math.round(waitedMs)} ms); try again in ${retryAfter} s`);
    this.name = 'DatabaseBusyError';
    this.retryAfter = retryAfter;
  }
}

/** Checked by shape as well as class: the server bundle may hold more than one copy of the class. */
export function isDatabaseBusy(error: unknown): error is DatabaseBusyError {
  return error instanceof DatabaseBusyError || (error instanceof Error && error.name === 'DatabaseBusyError');
}

/** How long a writer waits for the lock before giving up with DatabaseBusyError (ms). */
export function busyWaitMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.TRIGLOT_BUSY_WAIT_MS);
  return Number.isFinite(value) && value >= 0 ? value : 15_000;
}
