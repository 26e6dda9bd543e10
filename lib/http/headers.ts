/**
 * The security headers of every response, and the Content Security Policy of pages.
 * next.config.mjs sets the fixed headers on every path (static files included); proxy.ts sets
 * the CSP of pages with a fresh nonce per request. See docs/architecture.md#security-headers.
 */

/** Headers that need no nonce: set on every response, pages, API and static files alike. */
export const SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  // Never framed: no clickjacking of the admin's pages (CSP frame-ancestors says the same to newer browsers).
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Links to other sites carry the origin at most, never a path with a document or a query.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/**
 * The CSP of everything that is not a rendered page (API answers, static files, images): it
 * runs nothing, loads nothing and is framed by nobody.
 */
export const STATIC_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * A page's CSP. Scripts run only with this response's nonce ('strict-dynamic' passes the trust on
 * to the chunks those scripts load); no inline script without it, no eval in production, no
 * plugins, no <base>, forms only to this site, never framed. Inline style attributes stay
 * allowed (React's `style` props for progress bars); style elements need the nonce.
 *
 * `nonce: null` is the policy of a page served from a cache (prerendered, one HTML for everyone),
 * where no per-request nonce can be in the HTML: see `CACHED_PAGES` in proxy.ts and
 * docs/architecture.md#security-headers for why that page keeps inline scripts and what else
 * guards it.
 */
export function pageCsp(nonce: string | null, options: { dev?: boolean; upgradeInsecure?: boolean } = {}): string {
  const scripts =
    nonce === null
      ? ["'self'", "'unsafe-inline'"]
      : [`'nonce-${nonce}'`, "'strict-dynamic'", ...(options.dev ? ["'unsafe-eval'"] : [])];
  const styles = nonce === null || options.dev ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    `style-src ${styles.join(' ')}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${options.dev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self' blob:",
    ...(options.upgradeInsecure ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** A fresh nonce: 128 random bits, base64. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** True when every %-escape in the path decodes: a malformed one is refused with 400 before routing. */
export function isWellFormedPath(rawPathname: string): boolean {
  try {
    for (const segment of rawPathname.split('/')) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}
