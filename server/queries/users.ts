import { parseLanguages } from '@/lib/languages';
import { isRole } from '@/lib/review';
import { accountKey, lockedKeys } from '../auth/throttle';
import type { Db } from '../db/connect';
import type { UserSummary } from '../users';

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('user')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every account with its role, languages, whether it is deactivated and how long its sign-in is locked. */
export async function listUsers(db: Db): Promise<UserSummary[]> {
  const [rows, locked] = await Promise.all([
    db.selectFrom('user').select(['id', 'name', 'email', 'role', 'languages', 'deactivatedAt']).orderBy('email').execute(),
    lockedKeys(db),
  ]);
  const lockedFor = new Map(locked.map((l) => [l.key, l.seconds]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    role: isRole(r.role) ? r.role : 'reader',
    languages: parseLanguages(r.languages),
    deactivated: Boolean(r.deactivatedAt),
    lockedFor: lockedFor.get(accountKey(r.email)) ?? 0,
  }));
}
