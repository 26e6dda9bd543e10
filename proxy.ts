import { NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { parseAuthorization } from './lib/api/authorization';
import { foreignWrite } from './lib/http/guard';
import { isWellFormedPath, makeNonce, pageCsp, STATIC_CSP } from './lib/http/headers';
import { bodyLimitFor, formatBytes } from './lib/http/limits';
import { anonymousReaderRequest } from './lib/http/reader-request';
import { routing } from './i18n/routing';

// `/` goes to the locale in the NEXT_LOCALE cookie (the visitor's last choice), else to the
// best match for Accept-Language; every visit to a prefixed URL updates that cookie.
const intl = createMiddleware(routing);

const CACHED = /^\/(en|zh|ru)\/cached-read(?:\/|$)/;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const dev = process.env.NODE_ENV === 'development';

function refuse(status: number, error: string, message: string): NextResponse {
  return NextResponse.json(
    { ok: false, error, message },
    { status, headers: { 'Content-Security-Policy': STATIC_CSP, 'Cache-Control': 'no-store' } },
  );
}

/** A call to REST API v1 that carries a personal token (`Authorization: Bearer …`). */
function isTokenApiCall(request: NextRequest): boolean {
  return (
    request.nextUrl.pathname.startsWith('/api/v1/') && parseAuthorization(request.headers.get('authorization')).kind !== 'none'
  );
}

/**
 * The cached anonymous reader for this request, if it is one: /{locale}/read/{doc}?… on a page
 * load without a session becomes the cached route for the document's current revision and the
 * view asked for, so a page renders once per revision and view and never goes stale (every
 * write moves the revision). Which requests qualify: lib/http/reader-request.ts. Most of them
 * never get here: the front cache (server/http/reader-front.ts) answers them with the bytes
 * this route rendered before.
 */
async function cachedReader(request: NextRequest): Promise<URL | null> {
  const reader = anonymousReaderRequest({
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.searchParams,
    header: (name) => request.headers.get(name),
    cookieNames: request.cookies.getAll().map((c) => c.name),
  });
  if (!reader) return null;
  // Imported here, not at the top: only reader requests need the database.
  const [{ getDb }, { cachedReaderPath }] = await Promise.all([import('./server/database'), import('./server/queries/reader')]);
  const target = await cachedReaderPath(await getDb(), reader.locale, reader.documentId, request.nextUrl.searchParams);
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
    // A REST API v1 call with a token acts as the token, never as the cookie beside it (see
    // server/auth/actor.ts), and a page of another site cannot send a token it does not hold:
    // such a call is no cross-site request forgery, whatever its Origin says.
    const foreign = isTokenApiCall(request) ? undefined : foreignWrite(request.headers);
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
  // from next.config.mjs), the import wizard's two uploads (IMPORT_TEXTS_PATH and
  // IMPORT_DOCUMENTS_PATH in lib/http/limits.ts) and the file imports of the app and the API: bodies of up to
  // 32 MiB, which Next would cut at MAX_ANY_BODY for the proxy; their route handlers check the
  // origin and stream with their own limits.
  matcher:
    '/((?!_next/|api/import/texts$|api/import/documents$|api/documents/[a-z0-9-]+/import$|api/v1/documents/[a-z0-9-]+/import$|.*\\.[\\w]+$).*)',
};
