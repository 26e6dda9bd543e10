import { getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { Link } from '@/i18n/navigation';

/** Rendered inside the locale layout only, so it brings its own header. */
export default async function NotFound() {
  const t = await getTranslations('NotFound');
  return (
    <>
      <SiteHeader viewer={null} />
      <main id="main" tabIndex={-1}>
        <div className="page">
          <h1>{t('title')}</h1>
          <p>{t('body')}</p>
          <p>
            <Link href="/">{t('home')}</Link>
          </p>
        </div>
      </main>
    </>
  );
}
