import '@/components/home/home.css';
import '@/components/exchange/exchange.css';
import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getLocale, getTranslations, setRequestLocale } from 'next-intl/server';
import { DocumentAdmin } from '@/components/documents/DocumentAdmin';
import { ExchangeImport } from '@/components/exchange/ExchangeImport';
import { ExchangeLinks } from '@/components/exchange/ExchangeLinks';
import { Link } from '@/i18n/navigation';
import { roleAtLeast } from '@/lib/review/roles';
import { isLang, LANG_TAG } from '@/lib/languages';
import { getInbox, getTitleState, getViewer, listDocuments } from '@/server/queries';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Review' });
  return { title: t('indexTitle') };
}

/** Every document's target languages, with how much is checked, as ways into the workspace. */
export default async function ReviewIndexPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tLang, tConversation, documents, ui, viewer, inbox] = await Promise.all([
    getTranslations('Review'),
    getTranslations('Languages'),
    getTranslations('Conversation'),
    listDocuments(),
    getLocale(),
    getViewer(),
    getInbox(),
  ]);
  // What waits for this person, per document and language (the inbox, counted).
  const waiting = new Map<string, number>();
  for (const item of inbox ?? [])
    waiting.set(`${item.documentId}/${item.lang}`, (waiting.get(`${item.documentId}/${item.lang}`) ?? 0) + 1);
  const mayImport = viewer !== null && roleAtLeast(viewer.role, 'translator');
  // Rename and delete are an administrator's; the server checks again on every call.
  const titleStates = viewer?.role === 'admin' ? await Promise.all(documents.map((doc) => getTitleState(doc.id))) : undefined;
  return (
    <div className="page">
      <h1>{t('indexTitle')}</h1>
      <p className="lead">{t('indexIntro')}</p>
      <ul className="document-list">
        {documents.map((doc, index) => {
          const titleLang = isLang(ui) && doc.titles[ui] ? ui : doc.sourceLang;
          const titleState = titleStates?.[index];
          return (
            <li key={doc.id} className="document-card">
              <h2 lang={LANG_TAG[titleLang]}>
                <Link href={`/review/${doc.id}`}>{doc.titles[titleLang] ?? doc.id}</Link>
              </h2>
              <ul className="coverage">
                {doc.languages.map((lang) => {
                  const p = doc.progress[lang];
                  if (lang === doc.sourceLang || !p) return null;
                  return (
                    <li key={lang}>
                      <Link href={`/review/${doc.id}/${lang}`}>{t('open', { language: tLang(lang) })}</Link>{' '}
                      <span className="muted">{t('progressShort', { ...p })}</span>
                      {waiting.get(`${doc.id}/${lang}`) ? (
                        <>
                          {' · '}
                          <Link href="/inbox" className="inbox-count">
                            {tConversation('inboxCount', { count: waiting.get(`${doc.id}/${lang}`) ?? 0 })}
                          </Link>
                        </>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
              <ExchangeLinks documentId={doc.id} sourceLang={doc.sourceLang} languages={doc.languages} />
              {mayImport && <ExchangeImport documentId={doc.id} />}
              {titleState ? (
                <DocumentAdmin
                  documentId={doc.id}
                  title={doc.titles[titleLang] ?? doc.id}
                  titles={titleState}
                  checked={Object.values(doc.progress).reduce((n, p) => n + (p?.checked ?? 0), 0)}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
