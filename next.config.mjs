import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native addon and database drivers stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg'],
};

export default withNextIntl(nextConfig);
