import { createHash, randomBytes } from 'node:crypto';

/**
 * Personal API tokens: `triglot_` and 43 characters of base64url (32 random bytes, 256 bits).
 * Only the SHA-256 of a token is stored. A slow password hash is not needed: a password is
 * short and guessable, so it must be slow to test, but a token is 256 random bits that nobody
 * can guess, so one fast hash already makes a stolen table useless, and each API call costs
 * one hash and one indexed look-up.
 */
export const TOKEN_PREFIX = 'triglot_';
const SECRET_BYTES = 32;
const TOKEN_PATTERN = /^triglot_[A-Za-z0-9_-]{43}$/;
/** How much of a token the account page shows, so its owner can tell tokens apart. */
export const VISIBLE_PREFIX_LENGTH = TOKEN_PREFIX.length + 6;
export const MAX_TOKEN_NAME_LENGTH = 100;

export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(SECRET_BYTES).toString('base64url');
}

export function isTokenFormat(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** What the database keeps of a token: its SHA-256, hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function visiblePrefix(token: string): string {
  return token.slice(0, VISIBLE_PREFIX_LENGTH);
}
