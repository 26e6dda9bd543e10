import { NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { foreignWrite } from './lib/http/guard';
import { isWellFormedPath, makeNonce, pageCsp, STATIC_CSP } from './lib/http/headers';
import { bodyLimitFor, formatBytes } from './lib/http/limits';
import { routing } from './i18n/routing';

// `/` goes to the locale in the NEXT_LOCALE cookie (the visitor's last choice), else to the
// best match for Accept-Language; every visit to a prefixed URL updates that cookie.
const intl = createMiddleware(routing);

const READER = /^\/(en|zh|ru)\/read\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;
const CACHED = /^\/(en|zh|ru)\/cached-read(?:\/|$)/;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const dev = process.env.NODE_ENV === 'development';

function refuse(status: number, error: string, message: string): NextResponse {
  return NextResponse.json(
    { ok: false, error, message },
    { status, headers: { 'Content-Security-Policy': STATIC_CSP, 'Cache-Control': 'no-store' } },
  );
}

/** Anyone holding a session cookie (plain, or with the __Secure- prefix) gets per-request pages. */
function hasSession(request: NextRequest): boolean {
  return request.cookies.getAll().some((c) => c.name.endsWith('triglot.session_token'));
}

/**
 * The cached anonymous reader for this request, if it is one: /{locale}/read/{doc}?… on a page
 * load without a session becomes the cached route for the document's current revision and the
 * view asked for, so a page renders once per revision and view and never goes stale (every
 * write moves the revision). Client navigations (RSC requests) are answered per request: a
 * cache entry first made for one would remember the framework's request URL as its own. Next
 * hides its flight headers from the proxy, but a client navigation still says `Next-Url`.
 */
async function cachedReader(request: NextRequest): Promise<URL | null> {
  const reader = READER.exec(request.nextUrl.pathname);
  if (!reader || hasSession(request) || (request.method !== 'GET' && request.method !== 'HEAD')) return null;
  const h = request.headers;
  if (h.has('next-url') || h.has('rsc') || h.has('next-router-prefetch') || request.nextUrl.searchParams.has('_rsc')) return null;
  // Imported here, not at the top: only reader requests need the database.
  const [{ getDb }, { cachedReaderPath }] = await Promise.all([import('./server/database'), import('./server/queries/reader')]);
  const target = await cachedReaderPath(await getDb(), reader[1] as string, reader[2] as string, request.nextUrl.searchParams);
  if (!target) return null;
  // The view's canonical query travels on: the cached page remembers the address it was
  // rendered for, and the browser shows that one (a link to a segment becomes its page).
  const url = request.nextUrl.clone();
  url.pathname = target.path;
  url.search = target.query.toString();
  return url;
}

/**
 * Before anything is routed or read: a malformed address gets 400, a write from another
 * origin 403, a body over its limit 413 (or 411 when a write does not say its length), each
 * with a JSON body that says why. Next would answer these with 500. Then the anonymous reader
 * is served from the cache, other pages get a fresh CSP nonce, and the locale routing.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  if (!isWellFormedPath(pathname)) {
    return refuse(400, 'bad-request', 'The address contains a malformed percent-encoding (such as %ZZ).');
  }

  if (!SAFE_METHODS.has(request.method)) {
    const foreign = foreignWrite(request.headers);
    if (foreign) return refuse(403, 'forbidden-origin', foreign);
    const limit = bodyLimitFor(pathname);
    const length = request.headers.get('content-length');
    if (length === null) {
      // A route handler reads its body with a limit; a server action's body is read whole by
      // Next, so it must say its length (browsers always do).
      if (!pathname.startsWith('/api/') && request.headers.get('transfer-encoding')) {
        return refuse(411, 'length-required', `A form or action body must state its length (at most ${formatBytes(limit)}).`);
      }
    } else if (!/^\d+$/.test(length) || Number(length) > limit) {
      return refuse(413, 'too-large', `The request body is larger than ${formatBytes(limit)}.`);
    }
  }

  if (pathname.startsWith('/api/')) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', STATIC_CSP);
    return response;
  }

  const upgradeInsecure = request.headers.get('x-forwarded-proto') === 'https';
  const cachedPath = CACHED.exec(pathname);
  if (cachedPath) return NextResponse.rewrite(new URL(`/${cachedPath[1]}/not-found`, request.url), { status: 404 });
  const cached = await cachedReader(request);
  if (cached) {
    // One HTML for everyone can carry no per-request nonce: the page CSP without one
    // (docs/architecture.md#security-headers says what else guards that page).
    const response = NextResponse.rewrite(cached);
    response.headers.set('Content-Security-Policy', pageCsp(null, { dev, upgradeInsecure }));
    // Shared caches in front must not keep the page under its public URL: the revision is not in it.
    response.headers.set('Cache-Control', 'public, max-age=0, must-revalidate');
    return response;
  }

  const nonce = makeNonce();
  const csp = pageCsp(nonce, { dev, upgradeInsecure });
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', csp);
  headers.set('x-nonce', nonce);
  const response = intl(new NextRequest(request.url, { headers }));
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Everything but Next's static files and files with an extension (those get their headers
  // from next.config.mjs), and the import wizard's two uploads (IMPORT_TEXTS_PATH and
  // IMPORT_DOCUMENTS_PATH in lib/http/limits.ts): Next would cut their bodies at MAX_ANY_BODY
  // for the proxy; their route handlers check the origin and stream with their own limits.
  matcher: '/((?!_next/|api/import/texts$|api/import/documents$|.*\\.[\\w]+$).*)',
};
