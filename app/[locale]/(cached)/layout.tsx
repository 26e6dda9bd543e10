import type { ReactNode } from 'react';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { routing } from '@/i18n/routing';

/**
 * Pages served from Next's cache to anyone without a session (proxy.ts sends signed-in people
 * to the (site) pages instead), so the header is the same for everyone: a sign-in link.
 */
export default async function CachedLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  // Rendered statically: the locale comes from the path, set before anything translates.
  const { locale } = await params;
  if (hasLocale(routing.locales, locale)) setRequestLocale(locale);
  return (
    <>
      <SiteHeader viewer={null} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
