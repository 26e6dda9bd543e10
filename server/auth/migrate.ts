import { getMigrations } from 'better-auth/db/migration';
import type { Auth } from './create';

/** Creates or upgrades the auth library's tables (user, session, account, verification, rateLimit). */
export async function migrateAuth(auth: Auth): Promise<void> {
  const { runMigrations } = await getMigrations(auth.options);
  await runMigrations();
}
