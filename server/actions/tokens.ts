'use server';

import { revalidatePath } from 'next/cache';
import { createTokenSchema, revokeTokenSchema } from '@/lib/api/schemas';
import { getSessionUser } from '../auth/session';
import { createApiToken, revokeApiToken } from '../auth/tokens';
import { isDatabaseBusy } from '../db/busy';
import { getDb } from '../database';

/**
 * Personal API tokens, from the account page. Only a session may make or revoke them (never a
 * token: a leaked token must not be able to mint more), each for the signed-in person alone.
 */
export type TokenFormState =
  | { ok: true; token: string; name: string }
  | { ok: true; revoked: true }
  | { ok: false; error: 'unauthenticated' | 'invalid' | 'not-found' | 'busy'; field?: string; key?: string }
  | null;

async function answeringBusy(run: () => Promise<TokenFormState>): Promise<TokenFormState> {
  try {
    return await run();
  } catch (error) {
    if (isDatabaseBusy(error)) return { ok: false, error: 'busy' };
    throw error;
  }
}

/** Makes a token named by the form's `name`; the answer holds the secret, shown once and kept nowhere. */
export async function createApiTokenAction(_prev: TokenFormState, form: FormData): Promise<TokenFormState> {
  return answeringBusy(async () => {
    const user = await getSessionUser();
    if (!user) return { ok: false, error: 'unauthenticated' };
    if (!(form instanceof FormData)) return { ok: false, error: 'invalid' };
    const parsed = createTokenSchema.safeParse({ name: form.get('name') ?? undefined });
    if (!parsed.success) return { ok: false, error: 'invalid', field: 'name', key: parsed.error.issues[0]?.message ?? 'invalid' };
    const { token } = await createApiToken(await getDb(), user.id, parsed.data.name);
    revalidatePath('/[locale]/account', 'page');
    return { ok: true, token, name: parsed.data.name };
  });
}

/** Revokes one of the signed-in person's tokens: every later call with it gets 401. */
export async function revokeApiTokenAction(_prev: TokenFormState, form: FormData): Promise<TokenFormState> {
  return answeringBusy(async () => {
    const user = await getSessionUser();
    if (!user) return { ok: false, error: 'unauthenticated' };
    if (!(form instanceof FormData)) return { ok: false, error: 'invalid' };
    const parsed = revokeTokenSchema.safeParse({ id: form.get('id') ?? undefined });
    if (!parsed.success) return { ok: false, error: 'invalid', field: 'id' };
    if (!(await revokeApiToken(await getDb(), user.id, parsed.data.id))) return { ok: false, error: 'not-found' };
    revalidatePath('/[locale]/account', 'page');
    return { ok: true, revoked: true };
  });
}
