import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ImportWizard } from '@/components/import/ImportWizard';
import { redirect } from '@/i18n/navigation';
import { getViewer } from '@/server/queries';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Import' });
  return { title: t('title') };
}

export default async function ImportPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getViewer();
  if (!user) redirect({ href: '/sign-in?next=/import', locale });
  const t = await getTranslations('Import');
  return (
    <div className="page wide-page">
      <h1>{t('title')}</h1>
      {user?.role === 'admin' ? (
        <>
          <p className="lead">{t('intro')}</p>
          <ImportWizard />
        </>
      ) : (
        <p role="alert">{t('errors.forbidden')}</p>
      )}
    </div>
  );
}
