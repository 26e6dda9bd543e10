import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignInForm } from '@/components/auth/SignInForm';
import { redirect } from '@/i18n/navigation';
import { hostnameOf, secureCookiesWork } from '@/lib/http/origin';
import { safeNextPath } from '@/lib/safe-path';
import { getViewer } from '@/server/queries';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Auth' });
  return { title: t('signInTitle') };
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ next?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { next } = await searchParams;
  const safeNext = safeNextPath(next);
  if (await getViewer()) redirect({ href: safeNext, locale });
  const t = await getTranslations('Auth');
  // Over plain http on another host than this machine the password crosses the network in clear: say so.
  const request = await headers();
  const protocol = request.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
  const host = request.get('x-forwarded-host')?.split(',')[0]?.trim() || request.get('host') || 'localhost';
  const insecure = !secureCookiesWork(protocol, hostnameOf(host));
  return (
    <div className="page narrow-page">
      <h1>{t('signInTitle')}</h1>
      <p className="lead">{t('signInIntro')}</p>
      {insecure ? (
        <p className="notice" role="note">
          {t('insecure')}
        </p>
      ) : null}
      <SignInForm next={safeNext} />
    </div>
  );
}
