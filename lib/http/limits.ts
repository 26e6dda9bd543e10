/**
 * Size limits on request bodies, in bytes. One place, so the proxy, the route handlers,
 * next.config.mjs and the tests agree. A body over its limit is refused with 413 and a message
 * that names the limit, before it is read.
 */
const KiB = 1024;
const MiB = 1024 * KiB;

/** A translation command through the REST route: 20,000 characters of text and a comment, with room for JSON escapes. */
export const MAX_COMMAND_BODY = 256 * KiB;
/**
 * A server action (a form, a command from the workspace, the import wizard's texts): Next's own
 * default. A route that must take more (an upload) is left out of proxy.ts's matcher, streams
 * its body with readJsonBody or its own reader, and checks the origin with `foreignWrite`.
 */
export const MAX_ACTION_BODY = 1 * MiB;

/** The largest text file the import wizard reads: 2,000,000 characters of four bytes at most. */
export const MAX_UPLOAD_FILE = 8 * MiB;

/**
 * The import wizard's uploads, left out of proxy.ts's matcher (the proxy would cut a body at
 * MAX_ANY_BODY) and read as streams by their route handlers: one text per request, then the
 * checked draft (three texts of a book as JSON, with room for escapes and the rows' structure).
 */
export const IMPORT_TEXTS_PATH = '/api/import/texts';
export const IMPORT_DOCUMENTS_PATH = '/api/import/documents';
export const MAX_IMPORT_DRAFT_BODY = 32 * MiB;

/**
 * The largest body any request through proxy.ts may have. Next copies a body the proxy sees
 * (up to `proxyClientMaxBodySize`, next.config.mjs, set to this), twice: this bounds the memory
 * an oversized request can take to about 2 MiB, however large it claims or turns out to be.
 */
export const MAX_ANY_BODY = MAX_ACTION_BODY;

/** The body limit for a mutation to `pathname` (a route handler or a page's server action). */
export function bodyLimitFor(pathname: string): number {
  if (pathname === IMPORT_TEXTS_PATH) return MAX_UPLOAD_FILE;
  if (pathname === IMPORT_DOCUMENTS_PATH) return MAX_IMPORT_DRAFT_BODY;
  if (pathname.startsWith('/api/')) return MAX_COMMAND_BODY;
  return MAX_ACTION_BODY;
}

/** A size for people: `256 KiB`, `32 MiB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= MiB && bytes % MiB === 0) return `${bytes / MiB} MiB`;
  if (bytes >= KiB && bytes % KiB === 0) return `${bytes / KiB} KiB`;
  return `${bytes} bytes`;
}
