import type { Lang } from '../languages';

/**
 * Roles in rising order of power: each role may do everything the ones before it may.
 * The order is load-bearing: `roleAtLeast` compares positions.
 */
export const ROLES = ['reader', 'translator', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Someone acting on a translation. `languages` limits where they may act (a reviewer of
 * Russian only, say); null means every language. Reading is never limited by it.
 */
export type Actor = { id: string; role: Role; languages: Lang[] | null };

/** False for a role string not in ROLES, so a stale role from storage grants nothing. */
export function roleAtLeast(role: Role, minimum: Role): boolean {
  const have = ROLES.indexOf(role);
  return have >= 0 && have >= ROLES.indexOf(minimum);
}

/**
 * Whether the actor may act (not read) in this language. Admins are never limited: they run
 * the site and must be able to fix anything, whatever a stale language list says.
 */
export function canAccessLanguage(actor: Actor, lang: Lang): boolean {
  if (actor.role === 'admin' || actor.languages === null) return true;
  return actor.languages.includes(lang);
}
