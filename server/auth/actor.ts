import { headers } from 'next/headers';
import { parseAuthorization } from '@/lib/api/authorization';
import type { Actor } from '@/lib/review/roles';
import { getDb } from '../database';
import { getAuth } from '.';
import { getSessionUser } from './session';
import { tokenActor } from './tokens';

/**
 * Who is acting in this request: the owner of a personal API token when the request carries
 * `Authorization: Bearer …` (then the token alone counts: a bad one is nobody, never the session
 * cookie beside it), else the signed-in user. Null for nobody. The write path's actions use
 * this, so the REST API and the app act through the same code.
 */
export async function getRequestActor(): Promise<Actor | null> {
  const requestHeaders = await headers();
  const authorization = parseAuthorization(requestHeaders.get('authorization'));
  if (authorization.kind === 'none') return getSessionUser();
  if (authorization.kind === 'malformed') return null;
  await getAuth(); // the token's owner is in the auth library's user table
  const actor = await tokenActor(await getDb(), authorization.token);
  return actor ? { id: actor.id, role: actor.role, languages: actor.languages } : null;
}
