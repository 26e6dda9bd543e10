import '../globals.css';
import '@/components/ui.css';
import '@/components/layout/layout.css';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { routing } from '@/i18n/routing';
import { LANG_TAG } from '@/lib/languages';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    title: { default: t('homeTitle'), template: `%s · ${t('siteName')}` },
    description: t('description'),
    applicationName: t('siteName'),
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Layout');
  // The per-request pages' CSP nonce (proxy.ts); none on the cached reader, which is rendered
  // force-static (headers are empty there) and whose CSP allows scripts from this server.
  const nonce = (await headers()).get('x-nonce') ?? undefined;

  return (
    // public/prefs.js sets the reader's preferences on <html> before React sees it.
    <html lang={LANG_TAG[locale]} suppressHydrationWarning>
      <head>
        {/* Blocking on purpose: the theme and text size must be known before the first paint. It is
            a few hundred bytes from this server, and nothing else on the page waits on it. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts */}
        <script src="/prefs.js" nonce={nonce} />
      </head>
      <body>
        {/* No UI strings for client components here: the cached reader needs none, and they would
            weigh on every page. The (site) layout hands them to its pages. */}
        <NextIntlClientProvider messages={null}>
          <a className="skip-link" href="#main">
            {t('skipToContent')}
          </a>
          {/* The header and <main> come from the route group's layout: (site) knows who is signed in, (cached) serves everyone the same. */}
          {children}
          <footer className="site-footer">
            <p>{t('footer')}</p>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
