import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SetupForm } from '@/components/auth/SetupForm';
import { Link } from '@/i18n/navigation';
import { countUsers } from '@/server/queries';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Auth' });
  return { title: t('setupTitle') };
}

/** Creates the first admin while no account exists, and only then. */
export default async function SetupPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Auth');
  const users = await countUsers();
  return (
    <div className="page narrow-page">
      <h1>{t('setupTitle')}</h1>
      {users > 0 ? (
        <p>
          {t('errors.alreadySetUp')} <Link href="/sign-in">{t('signIn')}</Link>
        </p>
      ) : (
        <>
          <p className="lead">{t('setupIntro')}</p>
          <SetupForm />
        </>
      )}
    </div>
  );
}
