import '@/components/home/home.css';
import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getLocale, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { isLang, LANG_TAG } from '@/lib/languages';
import { listDocuments } from '@/server/queries';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Review' });
  return { title: t('indexTitle') };
}

/** Every document's target languages, with how much is checked, as ways into the workspace. */
export default async function ReviewIndexPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tLang, documents, ui] = await Promise.all([
    getTranslations('Review'),
    getTranslations('Languages'),
    listDocuments(),
    getLocale(),
  ]);
  return (
    <div className="page">
      <h1>{t('indexTitle')}</h1>
      <p className="lead">{t('indexIntro')}</p>
      <ul className="document-list">
        {documents.map((doc) => {
          const titleLang = isLang(ui) && doc.titles[ui] ? ui : doc.sourceLang;
          return (
            <li key={doc.id} className="document-card">
              <h2 lang={LANG_TAG[titleLang]}>{doc.titles[titleLang] ?? doc.id}</h2>
              <ul className="coverage">
                {doc.languages.map((lang) => {
                  const p = doc.progress[lang];
                  if (lang === doc.sourceLang || !p) return null;
                  return (
                    <li key={lang}>
                      <Link href={`/review/${doc.id}/${lang}`}>{t('open', { language: tLang(lang) })}</Link>{' '}
                      <span className="muted">{t('progressShort', { ...p })}</span>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
