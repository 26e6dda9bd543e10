import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// Kept equal to lib/http/headers.ts and lib/http/limits.ts by tests/unit/next-config.test.ts
// (this file is loaded by Node as it is, so it cannot import TypeScript).
const SECURITY_HEADERS = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];
const STATIC_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const MAX_ANY_BODY = 1024 * 1024;

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native addon and database drivers stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg'],
  // Pages rendered on demand (the anonymous reader) are cached in memory, bounded, not on disk.
  cacheHandler: fileURLToPath(new URL('./cache-handler.cjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  experimental: {
    // The largest body any request may carry; proxy.ts refuses a body over its own path's
    // limit with 413 before Next reads it, and Next's copy of a body for the proxy stops here,
    // so an oversized request holds at most about 2 MiB (lib/http/limits.ts).
    serverActions: { bodySizeLimit: MAX_ANY_BODY },
    proxyClientMaxBodySize: MAX_ANY_BODY,
  },
  async headers() {
    return [
      {
        // Every response, static files included. Pages get their CSP from proxy.ts, which
        // replaces this one.
        source: '/:path*',
        headers: [...SECURITY_HEADERS, { key: 'Content-Security-Policy', value: STATIC_CSP }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
