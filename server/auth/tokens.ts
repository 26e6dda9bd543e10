import { randomUUID } from 'node:crypto';
import { parseLanguages } from '@/lib/languages';
import { generateToken, hashToken, isTokenFormat, visiblePrefix } from '@/lib/api/tokens';
import { type Actor, isRole } from '@/lib/review/roles';
import type { Db } from '../db/connect';

/** A token as its owner's account page lists it; never the secret. */
export interface ApiTokenSummary {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** How stale `last_used_at` may get before a request writes it again: one write a minute per token at most. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** Makes a token for a user. The secret is in the answer and nowhere else: only its hash is kept. */
export async function createApiToken(
  db: Db,
  userId: string,
  name: string,
  now = new Date(),
): Promise<{ token: string; summary: ApiTokenSummary }> {
  const token = generateToken();
  const summary: ApiTokenSummary = {
    id: randomUUID(),
    name,
    prefix: visiblePrefix(token),
    createdAt: now.toISOString(),
    lastUsedAt: null,
    revokedAt: null,
  };
  await db
    .insertInto('api_tokens')
    .values({
      id: summary.id,
      user_id: userId,
      name,
      token_hash: hashToken(token),
      prefix: summary.prefix,
      created_at: summary.createdAt,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  return { token, summary };
}

/** A user's tokens, newest first, revoked ones included (marked). */
export async function listApiTokens(db: Db, userId: string): Promise<ApiTokenSummary[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'prefix', 'created_at', 'last_used_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  }));
}

/** Revokes one of the user's own tokens; false when there is no such live token of theirs. */
export async function revokeApiToken(db: Db, userId: string, id: string, now = new Date()): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now.toISOString() })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Who a token acts as: its owner with the owner's current role and languages, read at every
 * request (a role an admin changes applies to the next call). Null for an unknown or revoked
 * token and for a deactivated owner. The caller has made sure the auth tables exist.
 */
export async function tokenActor(db: Db, token: string, now = new Date()): Promise<(Actor & { tokenId: string }) | null> {
  if (!isTokenFormat(token)) return null;
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('user', 'user.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id as token_id',
      'api_tokens.revoked_at',
      'api_tokens.last_used_at',
      'user.id as user_id',
      'user.role',
      'user.languages',
      'user.deactivatedAt',
    ])
    .where('api_tokens.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || row.deactivatedAt) return null;
  if (row.last_used_at === null || Date.parse(row.last_used_at) < now.getTime() - LAST_USED_RESOLUTION_MS) {
    await db.updateTable('api_tokens').set({ last_used_at: now.toISOString() }).where('id', '=', row.token_id).execute();
  }
  return {
    id: row.user_id,
    role: isRole(row.role) ? row.role : 'reader',
    languages: parseLanguages(row.languages),
    tokenId: row.token_id,
  };
}
