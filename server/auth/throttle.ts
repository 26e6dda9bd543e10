import type { Db } from '../db/connect';

/** After this many failed sign-ins for one email within the window, sign-in is refused. */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

function normalise(email: string): string {
  return email.trim().toLowerCase();
}

/** Seconds until sign-in is allowed again for this email, or 0 when it is allowed now. */
export async function signInLockedFor(db: Db, email: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS).toISOString();
  const recent = await db
    .selectFrom('sign_in_failures')
    .select('failed_at')
    .where('email', '=', normalise(email))
    .where('failed_at', '>', since)
    .orderBy('failed_at', 'asc')
    .execute();
  if (recent.length < MAX_FAILURES) return 0;
  // Locked until the oldest failure that still counts leaves the window.
  const oldest = recent[recent.length - MAX_FAILURES]!.failed_at;
  return Math.max(1, Math.ceil((new Date(oldest).getTime() + WINDOW_MS - now.getTime()) / 1000));
}

export async function recordSignInFailure(db: Db, email: string, now = new Date()): Promise<void> {
  await db
    .insertInto('sign_in_failures')
    .values({ email: normalise(email), failed_at: now.toISOString() })
    .execute();
}

export async function clearSignInFailures(db: Db, email: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('email', '=', normalise(email)).execute();
}
