/**
 * Size limits on request bodies, in bytes. One place, so the proxy, the route handlers,
 * next.config.ts and the tests agree. A body over its limit is refused with 413 and a message
 * that names the limit, before it is read.
 */
const KiB = 1024;
const MiB = 1024 * KiB;

/** A translation command through the REST route: 20,000 characters of text and a comment, with room for JSON escapes. */
export const MAX_COMMAND_BODY = 256 * KiB;
/** A server action (a form or a command from the workspace). */
export const MAX_ACTION_BODY = 1 * MiB;
/**
 * The import wizard's actions carry whole texts (2,000,000 characters each, up to three of them,
 * then the aligned draft): raised deliberately for that page alone.
 */
export const MAX_IMPORT_BODY = 32 * MiB;

/** The largest body any request may have: Next's own limits (next.config.ts) are set to this. */
export const MAX_ANY_BODY = MAX_IMPORT_BODY;

/** The body limit for a mutation to `pathname` (a route handler or a page's server action). */
export function bodyLimitFor(pathname: string): number {
  if (pathname.startsWith('/api/')) return MAX_COMMAND_BODY;
  if (/^\/[a-z]{2}\/import\/?$/.test(pathname)) return MAX_IMPORT_BODY;
  return MAX_ACTION_BODY;
}

/** A size for people: `256 KiB`, `32 MiB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= MiB && bytes % MiB === 0) return `${bytes / MiB} MiB`;
  if (bytes >= KiB && bytes % KiB === 0) return `${bytes / KiB} KiB`;
  return `${bytes} bytes`;
}
