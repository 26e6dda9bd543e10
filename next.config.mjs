import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native addon and database drivers stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg'],
  // Pages rendered on demand (the anonymous reader) are cached in memory, bounded, not on disk.
  cacheHandler: fileURLToPath(new URL('./cache-handler.cjs', import.meta.url)),
  cacheMaxMemorySize: 0,
};

export default withNextIntl(nextConfig);
