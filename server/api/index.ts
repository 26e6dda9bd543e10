import { rateDecision } from '@/lib/api/rate-limit';
import { parseAuthorization } from '@/lib/api/authorization';
import { clientAddress } from '@/lib/http/address';
import type { Actor } from '@/lib/review/roles';
import { getAuth } from '../auth';
import { getSessionUser } from '../auth/session';
import { tokenActor } from '../auth/tokens';
import { readConfig } from '../config';
import { getDb } from '../database';
import { countApiRequest, purgeApiCounters } from './rate-limit';

/**
 * The door of REST API v1 (app/api/v1): who calls, and whether they may call now. A token
 * (`Authorization: Bearer …`) acts as its owner; without one, the session cookie; without
 * either, an anonymous reader. Every call is counted against its client (the token, the person,
 * or for anonymous calls and bad tokens the client address) in the database, so every app server
 * shares the limits (TRIGLOT_API_RATE_LIMIT, TRIGLOT_API_ANONYMOUS_RATE_LIMIT per
 * TRIGLOT_API_RATE_WINDOW seconds).
 */
export type ApiCaller = { ok: true; actor: Actor | null; headers: Record<string, string> } | { ok: false; response: Response };

/** A JSON error as every v1 answer gives it: `{ error, message, ... }`, never cached. */
export function apiError(
  status: number,
  error: string,
  message: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  return Response.json({ error, message, ...extra }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

export async function apiCaller(request: Request, now = new Date()): Promise<ApiCaller> {
  const config = readConfig();
  const { perClient, anonymous, windowSeconds } = config.apiRateLimit;
  const db = await getDb();
  const authorization = parseAuthorization(request.headers.get('authorization'));
  const addressKey = () => `address:${clientAddress(request.headers, config.trustedProxies)}`;

  let actor: Actor | null = null;
  let key: string;
  let limit = perClient;
  let refusal: Response | null = null;
  if (authorization.kind === 'bearer') {
    await getAuth(); // the owner is in the auth library's user table
    const owner = await tokenActor(db, authorization.token, now);
    if (owner) {
      actor = { id: owner.id, role: owner.role, languages: owner.languages };
      key = `token:${owner.tokenId}`;
    } else {
      key = addressKey();
      limit = anonymous;
      refusal = apiError(
        401,
        'unauthenticated',
        'The token is not valid: unknown, revoked, or its account is deactivated. Create a new one on your account page.',
      );
    }
  } else if (authorization.kind === 'malformed') {
    key = addressKey();
    limit = anonymous;
    refusal = apiError(400, 'invalid', 'The Authorization header must be "Bearer <token>".', { field: 'authorization' });
  } else {
    actor = await getSessionUser();
    key = actor ? `user:${actor.id}` : addressKey();
    if (!actor) limit = anonymous;
  }

  const window = await countApiRequest(db, key, windowSeconds, now);
  if (Math.random() < 0.01) await purgeApiCounters(db, windowSeconds, now);
  const decision = rateDecision(window, limit, windowSeconds, now);
  if (!decision.allowed) {
    return {
      ok: false,
      response: apiError(
        429,
        'rate-limited',
        `Too many requests: at most ${limit} per ${windowSeconds} seconds. Try again in ${decision.headers['Retry-After']} seconds.`,
        { retryAfter: Number(decision.headers['Retry-After']) },
        decision.headers,
      ),
    };
  }
  if (refusal) {
    for (const [name, value] of Object.entries(decision.headers)) refusal.headers.set(name, value);
    return { ok: false, response: refusal };
  }
  return { ok: true, actor, headers: decision.headers };
}
