import type { ReactNode } from 'react';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { routing } from '@/i18n/routing';
import { getViewer } from '@/server/queries';

/** Pages rendered for each request: the header shows who is signed in. */
export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (hasLocale(routing.locales, locale)) setRequestLocale(locale);
  return (
    <>
      <SiteHeader viewer={await getViewer()} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
