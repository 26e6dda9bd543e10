import { parseLanguages } from '@/lib/languages';
import { isRole } from '@/lib/review';
import type { Db } from '../db/connect';
import type { UserSummary } from '../users';

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('user')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listUsers(db: Db): Promise<UserSummary[]> {
  const rows = await db.selectFrom('user').select(['id', 'name', 'email', 'role', 'languages']).orderBy('email').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    role: isRole(r.role) ? r.role : 'reader',
    languages: parseLanguages(r.languages),
  }));
}
