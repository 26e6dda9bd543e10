import type { ReactNode } from 'react';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
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
        {/* The UI strings client components need (forms, the review workspace): pages per request only. */}
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </main>
    </>
  );
}
