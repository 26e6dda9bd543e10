import { randomBytes } from 'node:crypto';
import type { Db, Executor } from './db/connect';

export async function getSetting(db: Executor, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function setSetting(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto('app_settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/**
 * The secret that signs session cookies. BETTER_AUTH_SECRET wins; otherwise one is made on
 * first start and kept in the database, so every app server sharing the database signs alike
 * and a fresh install works without configuration.
 */
export async function authSecret(db: Db, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const fromEnv = env.BETTER_AUTH_SECRET;
  if (fromEnv && fromEnv.length >= 32) return fromEnv;
  if (fromEnv) throw new Error('BETTER_AUTH_SECRET must be at least 32 characters');
  const made = randomBytes(32).toString('base64url');
  // Two servers starting at once: the first insert wins and both read it back.
  await db
    .insertInto('app_settings')
    .values({ key: 'auth_secret', value: made })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const stored = await getSetting(db, 'auth_secret');
  if (!stored) throw new Error('Could not store the auth secret');
  return stored;
}

/** Review policy: may a reviewer check a text they wrote themselves? Off unless an admin allows it. */
export async function allowSelfCheck(db: Executor): Promise<boolean> {
  return (await getSetting(db, 'allow_self_check')) === 'true';
}

/**
 * A random name for this database, made once and kept in it. Cached reader pages carry it with
 * the document's revision: revisions start again in a new database, and a page cached for an
 * old one must never be taken for the new one's.
 */
export async function databaseEpoch(db: Executor): Promise<string> {
  await db
    .insertInto('app_settings')
    .values({ key: 'cache_epoch', value: randomBytes(4).toString('hex') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const epoch = await getSetting(db, 'cache_epoch');
  if (!epoch) throw new Error('Could not store the cache epoch');
  return epoch;
}
