import { type NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// `/` goes to the locale in the NEXT_LOCALE cookie (the visitor's last choice), else to the
// best match for Accept-Language; every visit to a prefixed URL updates that cookie.
const intl = createMiddleware(routing);

const READER = /^\/(en|zh|ru)\/read\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;
const CACHED = /^\/(en|zh|ru)\/cached-read(?:\/|$)/;

/** Anyone holding a session cookie (plain, or with the __Secure- prefix) gets per-request pages. */
function hasSession(request: NextRequest): boolean {
  return request.cookies.getAll().some((c) => c.name.endsWith('triglot.session_token'));
}

/**
 * Anonymous readers are served from Next's cache: /{locale}/read/{doc}?… is rewritten to the
 * cached route for the document's current revision and the view asked for, so a page renders
 * once per revision and view and never goes stale (every write moves the revision). The
 * cached route itself is not reachable from outside.
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const cached = CACHED.exec(pathname);
  if (cached) return NextResponse.rewrite(new URL(`/${cached[1]}/not-found`, request.url), { status: 404 });

  const reader = READER.exec(pathname);
  // Only page loads: a client-side navigation (an RSC request) is answered per request, since
  // a cache entry first made for one would remember the framework's request URL as its own.
  // Next hides its own flight headers from the proxy, but a client navigation still says
  // `Next-Url`; the others are checked should that change.
  const headers = request.headers;
  const rsc =
    headers.has('next-url') ||
    headers.has('rsc') ||
    headers.has('next-router-prefetch') ||
    request.nextUrl.searchParams.has('_rsc');
  const pageLoad = (request.method === 'GET' || request.method === 'HEAD') && !rsc;
  if (reader && pageLoad && !hasSession(request)) {
    // Imported here, not at the top: only reader requests need the database.
    const [{ getDb }, { cachedReaderPath }] = await Promise.all([import('./server/database'), import('./server/queries/reader')]);
    const target = await cachedReaderPath(await getDb(), reader[1] as string, reader[2] as string, request.nextUrl.searchParams);
    if (target) {
      // The view's canonical query travels on: the cached page remembers the address it was
      // rendered for, and the browser shows that one (a link to a segment becomes its page).
      const url = request.nextUrl.clone();
      url.pathname = target.path;
      url.search = target.query.toString();
      const response = NextResponse.rewrite(url);
      // Shared caches in front must not keep the page under its public URL: the revision is not in it.
      response.headers.set('Cache-Control', 'public, max-age=0, must-revalidate');
      return response;
    }
  }
  return intl(request);
}

export const config = {
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
