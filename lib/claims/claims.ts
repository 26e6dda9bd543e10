import { z } from 'zod';
import { LANGUAGES } from '@/lib/languages';

/** A claim lapses this long after its last renewal: a closed tab or a lost connection frees the row on its own. */
export const CLAIM_TTL_MS = 2 * 60_000;
/** While someone types, their claim is renewed at most this often. */
export const CLAIM_RENEW_MS = 30_000;

/** Take (or renew) a claim on one translation, or let it go. Shared by the client and the server action. */
export const claimInputSchema = z.object({
  documentId: z.string().min(1).max(200),
  segmentId: z.string().min(1).max(200),
  lang: z.enum(LANGUAGES),
  release: z.boolean().default(false),
});
export type ClaimInput = z.input<typeof claimInputSchema>;

/** Someone editing a translation, as others see it. */
export interface Claim {
  segmentId: string;
  userId: string;
  name: string;
  expiresAt: string;
}

/** When a claim taken or renewed at `now` lapses (ISO 8601, UTC). */
export function claimExpiry(now: Date): string {
  return new Date(now.getTime() + CLAIM_TTL_MS).toISOString();
}

/** Whether a claim still holds at `now`. */
export function claimActive(claim: { expiresAt: string }, now: Date): boolean {
  return claim.expiresAt > now.toISOString();
}

/** Whether a claim last sent at `lastSent` (ms, or null for none) should be sent again at `now`. */
export function claimDue(lastSent: number | null, now: number): boolean {
  return lastSent === null || now - lastSent >= CLAIM_RENEW_MS;
}

/** The other people (not `viewerId`) editing each segment, by segment, each person once, by name. */
export function othersEditing(claims: readonly Claim[], viewerId: string | null, now: Date): Map<string, Claim[]> {
  const bySegment = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (claim.userId === viewerId || !claimActive(claim, now)) continue;
    const list = bySegment.get(claim.segmentId) ?? [];
    if (!list.some((c) => c.userId === claim.userId)) list.push(claim);
    bySegment.set(claim.segmentId, list);
  }
  for (const list of bySegment.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  return bySegment;
}
