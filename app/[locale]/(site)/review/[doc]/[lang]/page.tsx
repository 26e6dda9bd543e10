import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { QueryProvider } from '@/components/providers/QueryProvider';
import { ReviewWorkspace } from '@/components/review/ReviewWorkspace';
import { Link, redirect } from '@/i18n/navigation';
import { isLang } from '@/lib/languages';
import { filtersToQuery, parseFilters } from '@/lib/review';
import { isolate } from '@/lib/text/rules';
import { getDocumentTitle, getReviewPolicy, getViewer, getWorkspace } from '@/server/queries';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: Locale; doc: string; lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, doc, lang } = await params;
  const t = await getTranslations({ locale, namespace: 'Review' });
  const tLang = await getTranslations({ locale, namespace: 'Languages' });
  const title = (await getDocumentTitle(doc, locale)) ?? doc;
  return { title: `${t('title', { title })} (${isLang(lang) ? tLang(lang) : lang})` };
}

export default async function ReviewPage({ params, searchParams }: Props) {
  const { locale, doc, lang } = await params;
  setRequestLocale(locale);
  if (!isLang(lang)) notFound();
  const query = await searchParams;
  const page = Number(Array.isArray(query.page) ? query.page[0] : (query.page ?? 1));
  const at = typeof query.at === 'string' ? query.at : undefined;
  const filters = parseFilters(query);
  const [workspace, title] = await Promise.all([getWorkspace(doc, lang, filters, page, at), getDocumentTitle(doc, locale)]);
  if (!workspace || title === undefined) notFound();
  if (at !== undefined) {
    // A link to one segment: the address of the page that holds it, scrolled to its row.
    const params = new URLSearchParams(filtersToQuery(filters));
    if (workspace.paging.page > 1) params.set('page', String(workspace.paging.page));
    const search = params.toString();
    redirect({ href: `/review/${doc}/${lang}${search ? `?${search}` : ''}#r-${encodeURIComponent(at)}`, locale });
  }
  const [viewer, policy, t, tLang, tGlossary] = await Promise.all([
    getViewer(),
    getReviewPolicy(),
    getTranslations('Review'),
    getTranslations('Languages'),
    getTranslations('Glossary'),
  ]);
  return (
    <div className="page wide-page">
      <h1>
        {t('title', { title: isolate(title) })} <span className="muted">({tLang(lang)})</span>
      </h1>
      <nav className="language-tabs" aria-label={t('languages')}>
        {workspace.languages
          .filter((l) => l !== workspace.sourceLang)
          .map((l) => (
            <Link key={l} href={`/review/${doc}/${l}`} aria-current={l === lang ? 'page' : undefined}>
              {t('open', { language: tLang(l) })}
            </Link>
          ))}
        <Link href={`/glossary?doc=${doc}`}>{tGlossary('link')}</Link>
      </nav>
      {viewer ? null : (
        <p className="notice">
          <Link href={`/sign-in?next=/review/${doc}/${lang}`}>{t('signInToEdit')}</Link>
        </p>
      )}
      <QueryProvider>
        <ReviewWorkspace
          initial={workspace}
          viewer={viewer ? { id: viewer.id, role: viewer.role, languages: viewer.languages } : null}
          allowSelfCheck={policy.allowSelfCheck}
        />
      </QueryProvider>
    </div>
  );
}
