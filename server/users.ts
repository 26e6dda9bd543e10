import { z } from 'zod';
import { LANGUAGES, type Lang, serializeLanguages } from '@/lib/languages';
import { ROLES, type Role } from '@/lib/review/roles';
import { userText } from '@/lib/text/schema';
import type { Auth } from './auth/create';
import type { Db } from './db/connect';

export const newUserSchema = z.object({
  email: z.email('invalidEmail').transform((e) => e.trim().toLowerCase()),
  name: userText({ max: 100 }),
  password: z.string().min(8, 'passwordTooShort').max(128, 'tooLong'),
  role: z.enum(ROLES),
  languages: z.array(z.enum(LANGUAGES)).nullable(),
});
export type NewUser = z.input<typeof newUserSchema>;

export interface UserSummary {
  id: string;
  name: string;
  email: string;
  role: Role;
  languages: Lang[] | null;
}

export class UserExistsError extends Error {
  constructor(readonly email: string) {
    super(`A user with email ${email} already exists`);
    this.name = 'UserExistsError';
  }
}

/**
 * Creates an account with a hashed password, without signing anybody in (unlike sign-up):
 * for the first admin, the admin page and the CLI.
 */
export async function createUser(auth: Auth, input: NewUser): Promise<UserSummary> {
  const user = newUserSchema.parse(input);
  const ctx = await auth.$context;
  if (await ctx.internalAdapter.findUserByEmail(user.email)) throw new UserExistsError(user.email);
  const created = await ctx.internalAdapter.createUser(
    {
      email: user.email,
      name: user.name,
      emailVerified: true,
      role: user.role,
      languages: serializeLanguages(user.languages),
    },
    { method: 'admin' },
  );
  await ctx.internalAdapter.linkAccount({
    userId: created.id,
    providerId: 'credential',
    accountId: created.id,
    password: await ctx.password.hash(user.password),
  });
  return { id: created.id, name: user.name, email: user.email, role: user.role, languages: user.languages };
}

export async function updateUserAccess(db: Db, userId: string, role: Role, languages: Lang[] | null): Promise<boolean> {
  const result = await db
    .updateTable('user')
    .set({ role, languages: serializeLanguages(languages), updatedAt: new Date().toISOString() })
    .where('id', '=', userId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
