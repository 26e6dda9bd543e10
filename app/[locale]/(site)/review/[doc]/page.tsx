import '@/components/review/review.css';
import '@/components/stats/stats.css';
import '@/components/exchange/exchange.css';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProgressBars } from '@/components/review/ProgressBars';
import { ExchangeImport } from '@/components/exchange/ExchangeImport';
import { ExchangeLinks } from '@/components/exchange/ExchangeLinks';
import { ActivityChart } from '@/components/stats/ActivityChart';
import { ProgressChart } from '@/components/stats/ProgressChart';
import { Link } from '@/i18n/navigation';
import { isLang, LANG_TAG } from '@/lib/languages';
import { roleAtLeast } from '@/lib/review/roles';
import { ACTIVITY_WEEKS } from '@/lib/stats/activity';
import { isolate } from '@/lib/text/rules';
import { getDocumentStats, getDocumentSummary, getDocumentTitle, getViewer } from '@/server/queries';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: Locale; doc: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, doc } = await params;
  const t = await getTranslations({ locale, namespace: 'DocumentPage' });
  return { title: t('title', { title: (await getDocumentTitle(doc, locale)) ?? doc }) };
}

/** One document for the people who review it: its titles, progress, ways into each workspace, statistics, files in and out. */
export default async function DocumentPage({ params }: Props) {
  const { locale, doc } = await params;
  setRequestLocale(locale);
  const [summary, stats, viewer] = await Promise.all([getDocumentSummary(doc), getDocumentStats(doc), getViewer()]);
  if (!summary || !stats) notFound();
  const [t, tReview, tStats, tLang] = await Promise.all([
    getTranslations('DocumentPage'),
    getTranslations('Review'),
    getTranslations('Stats'),
    getTranslations('Languages'),
  ]);
  const titleLang = isLang(locale) && summary.titles[locale] ? locale : summary.sourceLang;
  const targets = summary.languages.filter((l) => l !== summary.sourceLang);
  return (
    <div className="page">
      <h1 lang={LANG_TAG[titleLang]}>{summary.titles[titleLang] ?? doc}</h1>
      <ul className="document-titles" aria-label={t('titles')}>
        {summary.languages
          .filter((l) => l !== titleLang && summary.titles[l])
          .map((l) => (
            <li key={l}>
              <span className="muted">{t('titleIn', { language: tLang(l) })}</span>
              <span lang={LANG_TAG[l]}>{isolate(summary.titles[l] ?? '')}</span>
            </li>
          ))}
      </ul>
      <nav className="language-tabs" aria-label={tReview('languages')}>
        {targets.map((l) => (
          <Link key={l} href={`/review/${doc}/${l}`}>
            {tReview('open', { language: tLang(l) })}
          </Link>
        ))}
        <Link href={`/read/${doc}`}>{t('read')}</Link>
        <Link href={`/glossary?doc=${doc}`}>{t('glossary')}</Link>
      </nav>
      <ProgressBars progress={summary.progress} />
      <h2>{tStats('progressHeading')}</h2>
      <div className="stats-charts">
        {stats.progress.map(({ lang, points }) => (
          <ProgressChart key={lang} lang={lang} points={points} id={`progress-${lang}`} />
        ))}
      </div>
      <h2>{tStats('activityHeading', { weeks: ACTIVITY_WEEKS })}</h2>
      {stats.activity ? (
        <ActivityChart activity={stats.activity} id="activity" />
      ) : (
        <p className="notice">
          <Link href={`/sign-in?next=/review/${doc}`}>{tStats('signInForActivity')}</Link>
        </p>
      )}
      <h2>{t('files')}</h2>
      <ExchangeLinks documentId={doc} sourceLang={summary.sourceLang} languages={summary.languages} />
      {viewer !== null && roleAtLeast(viewer.role, 'translator') ? <ExchangeImport documentId={doc} /> : null}
    </div>
  );
}
