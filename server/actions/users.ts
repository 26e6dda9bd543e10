'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { LANGUAGES } from '@/lib/languages';
import { ROLES } from '@/lib/review';
import { getAuth } from '../auth';
import { getSessionUser } from '../auth/session';
import { getDb } from '../database';
import { setSetting } from '../settings';
import { listUsers } from '../queries/users';
import { createUser, newUserSchema, updateUserAccess, UserExistsError } from '../users';

export type UserFormState = {
  ok?: boolean;
  /** A message key under `Admin.errors`. */
  error?: 'forbidden' | 'exists' | 'invalid' | 'lastAdmin' | 'notFound';
  fieldErrors?: Record<string, string>;
} | null;

async function requireAdmin(): Promise<boolean> {
  return (await getSessionUser())?.role === 'admin';
}

function languagesFrom(form: FormData) {
  const picked = form.getAll('languages').map(String);
  return picked.length === 0 || picked.length === LANGUAGES.length ? null : picked;
}

export async function createUserAction(_prev: UserFormState, form: FormData): Promise<UserFormState> {
  if (!(await requireAdmin())) return { error: 'forbidden' };
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

export async function updateAccessAction(_prev: UserFormState, form: FormData): Promise<UserFormState> {
  if (!(await requireAdmin())) return { error: 'forbidden' };
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

export async function setSelfCheckAction(_prev: UserFormState, form: FormData): Promise<UserFormState> {
  if (!(await requireAdmin())) return { error: 'forbidden' };
  await setSetting(await getDb(), 'allow_self_check', form.get('allowSelfCheck') === 'on' ? 'true' : 'false');
  revalidatePath('/[locale]/admin/users', 'page');
  return { ok: true };
}
