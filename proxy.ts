import { NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { foreignWrite } from './lib/http/guard';
import { isWellFormedPath, makeNonce, pageCsp, STATIC_CSP } from './lib/http/headers';
import { bodyLimitFor, formatBytes } from './lib/http/limits';
import { routing } from './i18n/routing';

// `/` goes to the locale in the NEXT_LOCALE cookie (the visitor's last choice), else to the
// best match for Accept-Language; every visit to a prefixed URL updates that cookie.
const intl = createMiddleware(routing);

/**
 * Pages served from Next's cache (prerendered, one HTML for every visitor) cannot carry a
 * per-request nonce: they get the nonce-free page CSP. Empty while every page renders per
 * request; a page made static or cached (issue #8's reader) is added here. See
 * docs/architecture.md#security-headers.
 */
export const CACHED_PAGES: readonly RegExp[] = [];

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const dev = process.env.NODE_ENV === 'development';

function refuse(status: number, error: string, message: string): NextResponse {
  return NextResponse.json(
    { ok: false, error, message },
    { status, headers: { 'Content-Security-Policy': STATIC_CSP, 'Cache-Control': 'no-store' } },
  );
}

/**
 * Before anything is routed or read: a malformed address gets 400, a write from another
 * origin 403, a body over its limit 413 (or 411 when a write does not say its length), each
 * with a JSON body that says why. Next would answer these with 500. Then pages get a fresh
 * CSP nonce, and the locale routing.
 */
export function proxy(request: NextRequest): NextResponse {
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

  const cached = CACHED_PAGES.some((page) => page.test(pathname));
  const nonce = cached ? null : makeNonce();
  const upgradeInsecure = request.headers.get('x-forwarded-proto') === 'https';
  const csp = pageCsp(nonce, { dev, upgradeInsecure });
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', csp);
  if (nonce) headers.set('x-nonce', nonce);
  const response = intl(new NextRequest(request.url, { headers }));
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Everything but Next's static files and files with an extension (those get their headers
  // from next.config.ts).
  matcher: '/((?!_next/|.*\\.[\\w]+$).*)',
};
