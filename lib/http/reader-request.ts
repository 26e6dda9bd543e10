/**
 * Which requests the anonymous reader's cache may answer: a plain page load (GET or HEAD) of
 * /{locale}/read/{doc} by someone without a session. Client navigations (React Server
 * Component requests) are answered per request: a cached page first made for one would
 * remember the framework's request URL as its own. Shared by proxy.ts and the front cache
 * (server/http/reader-front.ts), so both decide alike.
 */

const READER = /^\/(en|zh|ru)\/read\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;
/** The session cookie, plain or with the __Secure- prefix. */
const SESSION_COOKIE = 'triglot.session_token';
/** Headers that mark a client navigation or prefetch. Next hides some of them from the proxy, never `Next-Url`. */
const NAVIGATION_HEADERS = ['next-url', 'rsc', 'next-router-prefetch'] as const;

export interface ReaderRequest {
  locale: string;
  documentId: string;
}

export interface RequestFacts {
  method: string;
  pathname: string;
  search: URLSearchParams;
  /** A request header by lower-case name, or null. */
  header: (name: string) => string | null;
  /** The names of the cookies the request carries. */
  cookieNames: readonly string[];
}

/** The names in a Cookie header, in order ("a=1; b=2" → ["a", "b"]). */
export function cookieNamesOf(header: string | null | undefined): string[] {
  if (!header) return [];
  const names: string[] = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    const name = (eq === -1 ? part : part.slice(0, eq)).trim();
    if (name) names.push(name);
  }
  return names;
}

/** Anyone holding a session cookie gets per-request pages (their reviewer controls, their menu). */
export function hasSessionCookie(names: readonly string[]): boolean {
  return names.some((name) => name.endsWith(SESSION_COOKIE));
}

/** The reader page this request asks for, when a cached page may answer it; else null. */
export function anonymousReaderRequest(request: RequestFacts): ReaderRequest | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const match = READER.exec(request.pathname);
  if (!match) return null;
  if (hasSessionCookie(request.cookieNames)) return null;
  if (NAVIGATION_HEADERS.some((name) => request.header(name) !== null) || request.search.has('_rsc')) return null;
  return { locale: match[1] as string, documentId: match[2] as string };
}
