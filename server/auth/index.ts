import { readConfig } from '../config';
import { getDb } from '../database';
import { authSecret } from '../settings';
import { type Auth, createAuth } from './create';
import { migrateAuth } from './migrate';

export type { Auth } from './create';

const globalForAuth = globalThis as typeof globalThis & { triglotAuth?: Promise<Auth> };

async function open(): Promise<Auth> {
  const config = readConfig();
  const db = await getDb();
  const auth = createAuth({
    db,
    dialect: config.databaseUrl ? 'postgres' : 'sqlite',
    secret: await authSecret(db),
    ...(process.env.BETTER_AUTH_URL ? { baseURL: process.env.BETTER_AUTH_URL } : {}),
  });
  await migrateAuth(auth);
  return auth;
}

/** The app's auth instance: created once per process, after the database is ready. */
export function getAuth(): Promise<Auth> {
  globalForAuth.triglotAuth ??= open().catch((error: unknown) => {
    globalForAuth.triglotAuth = undefined;
    throw error;
  });
  return globalForAuth.triglotAuth;
}
