import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { QueryProvider } from '@/components/providers/QueryProvider';
import { ReviewWorkspace } from '@/components/review/ReviewWorkspace';
import { Link } from '@/i18n/navigation';
import { isLang } from '@/lib/languages';
import { getSessionUser } from '@/server/auth/session';
import { getDb } from '@/server/db';
import { getReaderDocument, getReviewDocument } from '@/server/queries';
import { allowSelfCheck } from '@/server/settings';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: Locale; doc: string; lang: string }>;
}

async function titleOf(doc: string, locale: string): Promise<string> {
  const reader = await getReaderDocument(doc);
  const title = reader?.segments.find((s) => s.kind === 'title');
  const cell = (isLang(locale) && title?.cells[locale]) || (reader && title?.cells[reader.sourceLang]);
  return cell && cell.status !== 'missing' ? cell.text : doc;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, doc, lang } = await params;
  const t = await getTranslations({ locale, namespace: 'Review' });
  const tLang = await getTranslations({ locale, namespace: 'Languages' });
  return { title: `${t('title', { title: await titleOf(doc, locale) })} (${isLang(lang) ? tLang(lang) : lang})` };
}

export default async function ReviewPage({ params }: Props) {
  const { locale, doc, lang } = await params;
  setRequestLocale(locale);
  if (!isLang(lang)) notFound();
  const review = await getReviewDocument(doc, lang);
  if (!review) notFound();
  const [viewer, selfCheck, t, tLang] = await Promise.all([
    getSessionUser(),
    allowSelfCheck(await getDb()),
    getTranslations('Review'),
    getTranslations('Languages'),
  ]);
  return (
    <div className="page wide-page">
      <h1>
        {t('title', { title: await titleOf(doc, locale) })} <span className="muted">({tLang(lang)})</span>
      </h1>
      <nav className="language-tabs" aria-label={t('languages')}>
        {review.languages
          .filter((l) => l !== review.sourceLang)
          .map((l) => (
            <Link key={l} href={`/review/${doc}/${l}`} aria-current={l === lang ? 'page' : undefined}>
              {t('open', { language: tLang(l) })}
            </Link>
          ))}
      </nav>
      {viewer ? null : (
        <p className="notice">
          <Link href={`/sign-in?next=/review/${doc}/${lang}`}>{t('signInToEdit')}</Link>
        </p>
      )}
      <QueryProvider>
        <ReviewWorkspace
          initial={review}
          viewer={viewer ? { id: viewer.id, role: viewer.role, languages: viewer.languages } : null}
          allowSelfCheck={selfCheck}
        />
      </QueryProvider>
    </div>
  );
}
