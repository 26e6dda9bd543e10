import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignInForm } from '@/components/auth/SignInForm';
import { redirect } from '@/i18n/navigation';
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
  return (
    <div className="page narrow-page">
      <h1>{t('signInTitle')}</h1>
      <p className="lead">{t('signInIntro')}</p>
      <SignInForm next={safeNext} />
    </div>
  );
}
