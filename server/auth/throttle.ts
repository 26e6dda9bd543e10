import type { Db } from '../db/connect';

/**
 * Sign-in limits, per account and per client address, kept in the database so every app
 * server on it shares them (table `sign_in_limits`, one counter per key).
 *
 * Every attempt first *reserves* a failure on both keys in one atomic statement each (an
 * upsert that increments and returns the new count), and only an attempt whose counts are then
 * within the limits has its password checked. So N parallel attempts are counted one by one,
 * whatever the timing: with the limit at 5, exactly 5 are evaluated. A successful sign-in gives
 * its reservation back (clears the account's counter, takes one off the address's).
 */
export const ACCOUNT_LIMIT = { failures: 5, windowMs: 15 * 60 * 1000 };
export const ADDRESS_LIMIT = { failures: 20, windowMs: 15 * 60 * 1000 };

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;

interface Counter {
  failures: number;
  windowStart: string;
}

/** Adds one failure to a key in one statement (a new window when the last one ended) and returns the count. */
async function reserve(db: Db, key: string, windowMs: number, now: Date): Promise<Counter> {
  const at = now.toISOString();
  const windowEnded = new Date(now.getTime() - windowMs).toISOString();
  const row = await db
    .insertInto('sign_in_limits')
    .values({ key, failures: 1, window_start: at })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        failures: eb
          .case()
          .when('sign_in_limits.window_start', '<=', windowEnded)
          .then(1)
          .else(eb('sign_in_limits.failures', '+', 1))
          .end(),
        window_start: eb
          .case()
          .when('sign_in_limits.window_start', '<=', windowEnded)
          .then(at)
          .else(eb.ref('sign_in_limits.window_start'))
          .end(),
      })),
    )
    .returning(['failures', 'window_start'])
    .executeTakeFirstOrThrow();
  return { failures: Number(row.failures), windowStart: row.window_start };
}

function secondsLeft(counter: Counter, windowMs: number, now: Date): number {
  return Math.max(1, Math.ceil((Date.parse(counter.windowStart) + windowMs - now.getTime()) / 1000));
}

/**
 * Reserves this attempt on the account and the address; returns the seconds to wait when either
 * is over its limit (the password must then not be checked), or 0.
 */
export async function reserveSignInAttempt(db: Db, email: string, address: string, now = new Date()): Promise<number> {
  const account = await reserve(db, accountKey(email), ACCOUNT_LIMIT.windowMs, now);
  const client = await reserve(db, addressKey(address), ADDRESS_LIMIT.windowMs, now);
  let wait = 0;
  if (account.failures > ACCOUNT_LIMIT.failures) wait = Math.max(wait, secondsLeft(account, ACCOUNT_LIMIT.windowMs, now));
  if (client.failures > ADDRESS_LIMIT.failures) wait = Math.max(wait, secondsLeft(client, ADDRESS_LIMIT.windowMs, now));
  return wait;
}

/** A sign-in succeeded: its reservation was no failure. */
export async function releaseSignInAttempt(db: Db, email: string, address: string): Promise<void> {
  await db.deleteFrom('sign_in_limits').where('key', '=', accountKey(email)).execute();
  await db
    .updateTable('sign_in_limits')
    .set((eb) => ({ failures: eb('failures', '-', 1) }))
    .where('key', '=', addressKey(address))
    .where('failures', '>', 0)
    .execute();
}

/** Seconds until this account may sign in again, or 0 (for the admin's user list). */
export async function accountLockedFor(db: Db, email: string, now = new Date()): Promise<number> {
  const row = await db
    .selectFrom('sign_in_limits')
    .select(['failures', 'window_start'])
    .where('key', '=', accountKey(email))
    .executeTakeFirst();
  if (!row || row.failures < ACCOUNT_LIMIT.failures) return 0;
  const left = Date.parse(row.window_start) + ACCOUNT_LIMIT.windowMs - now.getTime();
  return left > 0 ? Math.ceil(left / 1000) : 0;
}

/** Every locked key with its seconds left: `account:<email>` and `address:<ip>`. */
export async function lockedKeys(db: Db, now = new Date()): Promise<{ key: string; seconds: number }[]> {
  const rows = await db.selectFrom('sign_in_limits').select(['key', 'failures', 'window_start']).execute();
  return rows.flatMap((row) => {
    const limit = row.key.startsWith('account:') ? ACCOUNT_LIMIT : ADDRESS_LIMIT;
    const left = Date.parse(row.window_start) + limit.windowMs - now.getTime();
    return row.failures >= limit.failures && left > 0 ? [{ key: row.key, seconds: Math.ceil(left / 1000) }] : [];
  });
}

/** An admin lifts the limit on an account or an address at once. Returns whether there was one. */
export async function unlockSignIn(db: Db, target: { email: string } | { address: string }): Promise<boolean> {
  const key = 'email' in target ? accountKey(target.email) : addressKey(target.address);
  const result = await db.deleteFrom('sign_in_limits').where('key', '=', key).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
