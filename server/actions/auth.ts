'use server';

import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { redirect } from '@/i18n/navigation';
import { safeNextPath } from '@/lib/safe-path';
import { userText } from '@/lib/text/schema';
import { getAuth } from '../auth';
import { getDb } from '../database';
import { countUsers } from '../queries/users';
import { createUser } from '../users';

export type AuthFormState = {
  /** A message key under `Auth.errors`. */
  error?: 'invalidCredentials' | 'throttled' | 'alreadySetUp' | 'invalid';
  fieldErrors?: Record<string, string>;
  /** What the user typed, to refill the form (never the password). */
  email?: string;
  name?: string;
} | null;

const signInSchema = z.object({
  email: z.email('invalidEmail'),
  password: z.string().min(1, 'required'),
});

function fieldErrors(error: z.ZodError): Record<string, string> {
  return Object.fromEntries(error.issues.map((i) => [String(i.path[0]), i.message]));
}

/**
 * The code of an error the auth library returned as an answer (wrong password, throttled).
 * Checked by shape: the server bundle may hold more than one copy of the error class.
 */
function authErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || (error as { name?: unknown }).name !== 'APIError') return undefined;
  const code = (error as { body?: { code?: unknown } }).body?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}

export async function signIn(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = String(form.get('email') ?? '').trim();
  const parsed = signInSchema.safeParse({ email, password: form.get('password') });
  if (!parsed.success) return { error: 'invalid', fieldErrors: fieldErrors(parsed.error), email };
  try {
    await (await getAuth()).api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    const code = authErrorCode(error);
    if (code) return { error: code === 'SIGN_IN_THROTTLED' ? 'throttled' : 'invalidCredentials', email };
    throw error;
  }
  redirect({ href: safeNextPath(form.get('next')), locale: await getLocale() });
  return null;
}

export async function signOut(): Promise<void> {
  await (await getAuth()).api.signOut({ headers: await headers() });
  redirect({ href: '/', locale: await getLocale() });
}

const setupSchema = z.object({
  name: userText({ max: 100 }),
  email: z.email('invalidEmail'),
  password: z.string().min(8, 'passwordTooShort').max(128, 'tooLong'),
});

/** Creates the first admin, only while no user exists, and signs them in. */
export async function setUpFirstAdmin(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const name = String(form.get('name') ?? '').trim();
  const email = String(form.get('email') ?? '').trim();
  const parsed = setupSchema.safeParse({ name, email, password: form.get('password') });
  if (!parsed.success) return { error: 'invalid', fieldErrors: fieldErrors(parsed.error), name, email };
  const auth = await getAuth();
  const db = await getDb();
  if ((await countUsers(db)) > 0) return { error: 'alreadySetUp' };
  const admin = await createUser(auth, { ...parsed.data, role: 'admin', languages: null });
  // Two setups racing: keep the first admin, remove this one.
  if ((await countUsers(db)) > 1) {
    await (await auth.$context).internalAdapter.deleteUser(admin.id);
    return { error: 'alreadySetUp' };
  }
  await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
  redirect({ href: '/admin/users', locale: await getLocale() });
  return null;
}
