'use server';

import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { redirect } from '@/i18n/navigation';
import { safeNextPath } from '@/lib/safe-path';
import { userText } from '@/lib/text/schema';
import { getAuth, getAuthFor } from '../auth';
import { isDatabaseBusy } from '../db/busy';
import { getDb } from '../database';
import { countUsers } from '../queries/users';
import { createUser, passwordSchema } from '../users';

export type AuthFormState = {
  /** A message key under `Auth.errors`. */
  error?: 'invalidCredentials' | 'throttled' | 'alreadySetUp' | 'invalid' | 'deactivated' | 'busy';
  /** For `throttled`: minutes until sign-in is allowed again. */
  minutes?: number;
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

/** The form's answer to an error the auth library returned, or undefined for one to rethrow. */
function signInError(error: unknown, email: string): AuthFormState | undefined {
  if (isDatabaseBusy(error)) return { error: 'busy', email };
  const code = authErrorCode(error);
  if (!code) return undefined;
  if (code === 'SIGN_IN_THROTTLED') {
    const seconds = Number((error as { body?: { retryAfter?: unknown } }).body?.retryAfter) || 60;
    return { error: 'throttled', minutes: Math.max(1, Math.ceil(seconds / 60)), email };
  }
  if (code === 'ACCOUNT_DEACTIVATED') return { error: 'deactivated', email };
  return { error: 'invalidCredentials', email };
}

export async function signIn(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  // An action's arguments come from the client: anything but a form is refused, not thrown on.
  if (!(form instanceof FormData)) return { error: 'invalid' };
  const email = String(form.get('email') ?? '').trim();
  const parsed = signInSchema.safeParse({ email, password: form.get('password') });
  if (!parsed.success) return { error: 'invalid', fieldErrors: fieldErrors(parsed.error), email };
  const requestHeaders = await headers();
  try {
    await (await getAuthFor(requestHeaders)).api.signInEmail({ body: parsed.data, headers: requestHeaders });
  } catch (error) {
    const answer = signInError(error, email);
    if (answer) return answer;
    throw error;
  }
  redirect({ href: safeNextPath(form.get('next')), locale: await getLocale() });
  return null;
}

export async function signOut(): Promise<void> {
  const requestHeaders = await headers();
  await (await getAuthFor(requestHeaders)).api.signOut({ headers: requestHeaders });
  redirect({ href: '/', locale: await getLocale() });
}

const setupSchema = z
  .object({
    name: userText({ max: 100 }),
    email: z.email('invalidEmail'),
    password: z.string(),
  })
  .superRefine((admin, ctx) => {
    const password = passwordSchema([admin.email, admin.name]).safeParse(admin.password);
    if (!password.success)
      ctx.addIssue({ code: 'custom', message: password.error.issues[0]?.message ?? 'invalid', path: ['password'] });
  });

/** Creates the first admin, only while no user exists, and signs them in. */
export async function setUpFirstAdmin(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  if (!(form instanceof FormData)) return { error: 'invalid' };
  const name = String(form.get('name') ?? '').trim();
  const email = String(form.get('email') ?? '').trim();
  const parsed = setupSchema.safeParse({ name, email, password: form.get('password') });
  if (!parsed.success) return { error: 'invalid', fieldErrors: fieldErrors(parsed.error), name, email };
  try {
    return await createFirstAdmin(parsed.data);
  } catch (error) {
    if (isDatabaseBusy(error)) return { error: 'busy', name, email };
    throw error;
  }
}

async function createFirstAdmin(data: z.infer<typeof setupSchema>): Promise<AuthFormState> {
  const auth = await getAuth();
  const db = await getDb();
  if ((await countUsers(db)) > 0) return { error: 'alreadySetUp' };
  const admin = await createUser(auth, { ...data, role: 'admin', languages: null });
  // Two setups racing: keep the first admin, remove this one.
  if ((await countUsers(db)) > 1) {
    await (await auth.$context).internalAdapter.deleteUser(admin.id);
    return { error: 'alreadySetUp' };
  }
  const requestHeaders = await headers();
  await (
    await getAuthFor(requestHeaders)
  ).api.signInEmail({
    body: { email: data.email, password: data.password },
    headers: requestHeaders,
  });
  redirect({ href: '/admin/users', locale: await getLocale() });
  return null;
}
