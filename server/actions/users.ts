'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { LANGUAGES } from '@/lib/languages';
import { ROLES } from '@/lib/review';
import { getAuth } from '../auth';
import { getSessionUser } from '../auth/session';
import { unlockSignIn } from '../auth/throttle';
import { isDatabaseBusy } from '../db/busy';
import { getDb } from '../database';
import { setSetting } from '../settings';
import { listUsers } from '../queries/users';
import {
  createUser,
  newUserSchema,
  passwordSchema,
  setUserDeactivated,
  setUserPassword,
  updateUserAccess,
  UserExistsError,
} from '../users';

export type UserFormState = {
  ok?: boolean;
  /** What was done, a message key under `Admin` (for the account actions). */
  done?: 'passwordReset' | 'deactivatedDone' | 'reactivatedDone' | 'unlocked';
  /** A message key under `Admin.errors`. */
  error?: 'forbidden' | 'exists' | 'invalid' | 'lastAdmin' | 'notFound' | 'self' | 'lastActiveAdmin' | 'busy';
  fieldErrors?: Record<string, string>;
} | null;

async function requireAdmin(): Promise<boolean> {
  return (await getSessionUser())?.role === 'admin';
}

function languagesFrom(form: FormData) {
  const picked = form.getAll('languages').map(String);
  return picked.length === 0 || picked.length === LANGUAGES.length ? null : picked;
}

/** A database busy beyond the wait is answered, not thrown (which would be a 500). */
async function answeringBusy(run: () => Promise<UserFormState>): Promise<UserFormState> {
  try {
    return await run();
  } catch (error) {
    if (isDatabaseBusy(error)) return { error: 'busy' };
    throw error;
  }
}

export async function createUserAction(prev: UserFormState, form: FormData): Promise<UserFormState> {
  return answeringBusy(() => createUser_(prev, form));
}

async function createUser_(_prev: UserFormState, form: FormData): Promise<UserFormState> {
  if (!(await requireAdmin())) return { error: 'forbidden' };
  if (!(form instanceof FormData)) return { error: 'invalid' };
  const parsed = newUserSchema.safeParse({
    email: String(form.get('email') ?? ''),
    name: String(form.get('name') ?? ''),
    password: String(form.get('password') ?? ''),
    role: form.get('role'),
    languages: languagesFrom(form),
  });
  if (!parsed.success) {
    return { error: 'invalid', fieldErrors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])) };
  }
  try {
    await createUser(await getAuth(), parsed.data);
  } catch (error) {
    if (error instanceof UserExistsError) return { error: 'exists', fieldErrors: { email: 'exists' } };
    throw error;
  }
  revalidatePath('/[locale]/admin/users', 'page');
  return { ok: true };
}

const accessSchema = z.object({
  userId: z.string().min(1),
  role: z.enum(ROLES),
  languages: z.array(z.enum(LANGUAGES)).nullable(),
});

export async function updateAccessAction(prev: UserFormState, form: FormData): Promise<UserFormState> {
  return answeringBusy(() => updateAccess_(prev, form));
}

async function updateAccess_(_prev: UserFormState, form: FormData): Promise<UserFormState> {
  if (!(await requireAdmin())) return { error: 'forbidden' };
  if (!(form instanceof FormData)) return { error: 'invalid' };
  const parsed = accessSchema.safeParse({ userId: form.get('userId'), role: form.get('role'), languages: languagesFrom(form) });
  if (!parsed.success) return { error: 'invalid' };
  const db = await getDb();
  const users = await listUsers(db);
  const target = users.find((u) => u.id === parsed.data.userId);
  if (!target) return { error: 'notFound' };
  // Someone must stay able to manage users.
  if (target.role === 'admin' && parsed.data.role !== 'admin' && users.filter((u) => u.role === 'admin').length === 1) {
    return { error: 'lastAdmin' };
  }
  await updateUserAccess(db, parsed.data.userId, parsed.data.role, parsed.data.languages);
  revalidatePath('/[locale]/admin/users', 'page');
  return { ok: true };
}

export async function setSelfCheckAction(prev: UserFormState, form: FormData): Promise<UserFormState> {
  return answeringBusy(() => setSelfCheck_(prev, form));
}

async function setSelfCheck_(_prev: UserFormState, form: FormData): Promise<UserFormState> {
  if (!(await requireAdmin())) return { error: 'forbidden' };
  if (!(form instanceof FormData)) return { error: 'invalid' };
  await setSetting(await getDb(), 'allow_self_check', form.get('allowSelfCheck') === 'on' ? 'true' : 'false');
  revalidatePath('/[locale]/admin/users', 'page');
  return { ok: true };
}

const userIdSchema = z.string().min(1).max(200);

/** Runs an admin's account action; a database busy beyond the wait is answered, not thrown. */
async function asAdmin(form: unknown, run: (admin: { id: string }) => Promise<UserFormState>): Promise<UserFormState> {
  const admin = await getSessionUser();
  if (admin?.role !== 'admin') return { error: 'forbidden' };
  // An action's arguments come from the client: anything but a form is refused, not thrown on.
  if (!(form instanceof FormData)) return { error: 'invalid' };
  try {
    return await run(admin);
  } catch (error) {
    if (isDatabaseBusy(error)) return { error: 'busy' };
    throw error;
  }
}

/** An admin sets a user's password (the rules of lib/password.ts); every session of that user ends. */
export async function resetPasswordAction(_prev: UserFormState, form: FormData): Promise<UserFormState> {
  return asAdmin(form, async () => {
    const userId = userIdSchema.safeParse(form.get('userId'));
    if (!userId.success) return { error: 'invalid' };
    const target = (await listUsers(await getDb())).find((u) => u.id === userId.data);
    if (!target) return { error: 'notFound' };
    const password = passwordSchema([target.email, target.name]).safeParse(form.get('password'));
    if (!password.success) return { error: 'invalid', fieldErrors: { password: password.error.issues[0]?.message ?? 'invalid' } };
    await setUserPassword(await getAuth(), userId.data, password.data);
    revalidatePath('/[locale]/admin/users', 'page');
    return { ok: true, done: 'passwordReset' };
  });
}

/** An admin deactivates (no sign-in, sessions ended) or reactivates an account; never their own, never the last active admin. */
export async function setDeactivatedAction(_prev: UserFormState, form: FormData): Promise<UserFormState> {
  return asAdmin(form, async (admin) => {
    const userId = userIdSchema.safeParse(form.get('userId'));
    if (!userId.success) return { error: 'invalid' };
    const deactivate = form.get('deactivate') === 'true';
    const db = await getDb();
    const users = await listUsers(db);
    const target = users.find((u) => u.id === userId.data);
    if (!target) return { error: 'notFound' };
    if (deactivate && target.id === admin.id) return { error: 'self' };
    if (deactivate && target.role === 'admin' && users.filter((u) => u.role === 'admin' && !u.deactivated).length <= 1) {
      return { error: 'lastActiveAdmin' };
    }
    await setUserDeactivated(await getAuth(), db, userId.data, deactivate);
    revalidatePath('/[locale]/admin/users', 'page');
    return { ok: true, done: deactivate ? 'deactivatedDone' : 'reactivatedDone' };
  });
}

/** An admin lifts the sign-in limit on an account at once. */
export async function unlockSignInAction(_prev: UserFormState, form: FormData): Promise<UserFormState> {
  return asAdmin(form, async () => {
    const userId = userIdSchema.safeParse(form.get('userId'));
    if (!userId.success) return { error: 'invalid' };
    const db = await getDb();
    const target = (await listUsers(db)).find((u) => u.id === userId.data);
    if (!target) return { error: 'notFound' };
    await unlockSignIn(db, { email: target.email });
    revalidatePath('/[locale]/admin/users', 'page');
    return { ok: true, done: 'unlocked' };
  });
}
