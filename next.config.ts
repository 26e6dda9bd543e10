import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { SECURITY_HEADERS, STATIC_CSP } from './lib/http/headers';
import { MAX_ANY_BODY } from './lib/http/limits';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native addon and database drivers stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg'],
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
        // Every response, static files included. Pages get their CSP (with a nonce) from proxy.ts,
        // which replaces this one.
        source: '/:path*',
        headers: [...SECURITY_HEADERS, { key: 'Content-Security-Policy', value: STATIC_CSP }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
