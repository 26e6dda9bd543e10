'use server';

import { type Claim, claimInputSchema } from '@/lib/claims/claims';
import { canAccessLanguage, roleAtLeast } from '@/lib/review';
import { getSessionUser } from '../auth/session';
import { listClaims, releaseClaim, takeClaim } from '../claims/store';
import { getDb } from '../database';

export type ClaimResult =
  { ok: true; claims: Claim[] } | { ok: false; error: 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' };

/**
 * "I am editing this translation" (or, with `release`, "no longer"): a soft claim others see
 * on the row. Anyone who may edit the language may claim; it blocks nobody. Answers with the
 * language's claims as they now stand.
 */
export async function claimTranslation(input: unknown): Promise<ClaimResult> {
  const parsed = claimInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const actor = await getSessionUser();
  if (!actor) return { ok: false, error: 'unauthenticated' };
  const { release, ...ref } = parsed.data;
  if (!roleAtLeast(actor.role, 'translator') || !canAccessLanguage(actor, ref.lang)) return { ok: false, error: 'forbidden' };
  const db = await getDb();
  const now = new Date();
  if (release) await releaseClaim(db, actor.id, ref);
  else if (!(await takeClaim(db, actor.id, ref, now))) return { ok: false, error: 'not-found' };
  return { ok: true, claims: await listClaims(db, ref.documentId, ref.lang, now) };
}
