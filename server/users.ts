import { z } from 'zod';
import { LANGUAGES, type Lang, serializeLanguages } from '@/lib/languages';
import { passwordProblem } from '@/lib/password';
import { ROLES, type Role } from '@/lib/review/roles';
import { userText } from '@/lib/text/schema';
import type { Auth } from './auth/create';
import type { Db } from './db/connect';

/** A password as lib/password.ts wants it: 12+ characters, not blank, not common, not the email. */
export const passwordSchema = (context: (string | undefined)[] = []) =>
  z.string().superRefine((password, ctx) => {
    const problem = passwordProblem(
      password,
      context.filter((c): c is string => Boolean(c)),
    );
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const newUserSchema = z
  .object({
    email: z.email('invalidEmail').transform((e) => e.trim().toLowerCase()),
    name: userText({ max: 100 }),
    password: z.string(),
    role: z.enum(ROLES),
    languages: z.array(z.enum(LANGUAGES)).nullable(),
  })
  .superRefine((user, ctx) => {
    const problem = passwordProblem(user.password, [user.email, user.name]);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['password'] });
  });
export type NewUser = z.input<typeof newUserSchema>;

export interface UserSummary {
  id: string;
  name: string;
  email: string;
  role: Role;
  languages: Lang[] | null;
  /** An admin deactivated the account: no sign-in. */
  deactivated?: boolean;
  /** Seconds until sign-in is allowed again after too many failures; 0 when it is. */
  lockedFor?: number;
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

/**
 * Sets a user's password (an admin's reset, or the CLI's) and signs out every session of that
 * user. The caller checks the password against the rules first (passwordSchema).
 */
export async function setUserPassword(auth: Auth, userId: string, password: string): Promise<boolean> {
  const ctx = await auth.$context;
  const user = await ctx.internalAdapter.findUserById(userId);
  if (!user) return false;
  const hash = await ctx.password.hash(password);
  const accounts = await ctx.internalAdapter.findAccounts(userId);
  if (accounts.some((a) => a.providerId === 'credential')) await ctx.internalAdapter.updatePassword(userId, hash);
  else await ctx.internalAdapter.linkAccount({ userId, providerId: 'credential', accountId: userId, password: hash });
  await ctx.internalAdapter.deleteUserSessions(userId);
  return true;
}

/** Deactivates (no sign-in, every session ended) or reactivates an account. */
export async function setUserDeactivated(auth: Auth, db: Db, userId: string, deactivated: boolean): Promise<boolean> {
  const result = await db
    .updateTable('user')
    .set({ deactivatedAt: deactivated ? new Date().toISOString() : null, updatedAt: new Date().toISOString() })
    .where('id', '=', userId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  if (deactivated) await (await auth.$context).internalAdapter.deleteUserSessions(userId);
  return true;
}

export async function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('user')
    .select(['id', 'email', 'name', 'role', 'deactivatedAt'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

export async function updateUserAccess(db: Db, userId: string, role: Role, languages: Lang[] | null): Promise<boolean> {
  const result = await db
    .updateTable('user')
    .set({ role, languages: serializeLanguages(languages), updatedAt: new Date().toISOString() })
    .where('id', '=', userId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
