import { headers } from 'next/headers';
import { cache } from 'react';
import { parseLanguages } from '@/lib/languages';
import { type Actor, isRole } from '@/lib/review/roles';
import { getAuthFor } from '.';

export interface SessionUser extends Actor {
  name: string;
  email: string;
}

/** The signed-in user of this request, or null (also for a deactivated account). Cached per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const requestHeaders = await headers();
  const auth = await getAuthFor(requestHeaders);
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { user } = session;
  if ((user as { deactivatedAt?: unknown }).deactivatedAt) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: isRole(user.role) ? user.role : 'reader',
    languages: parseLanguages(user.languages),
  };
});
