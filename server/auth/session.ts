import { headers } from 'next/headers';
import { cache } from 'react';
import { parseLanguages } from '@/lib/languages';
import { type Actor, isRole } from '@/lib/review/roles';
import { getAuth } from '.';

export interface SessionUser extends Actor {
  name: string;
  email: string;
}

/** The signed-in user of this request, or null. Cached per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const { user } = session;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: isRole(user.role) ? user.role : 'reader',
    languages: parseLanguages(user.languages),
  };
});
