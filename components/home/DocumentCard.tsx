import './home.css';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { isLang, LANG_TAG } from '@/lib/languages';
import { readerHref } from '@/components/reader/href';
import { ContinueReading } from './ContinueReading';
import type { DocumentSummary } from '@/server/queries';

/** One document on the home page: its title in the UI language, languages and coverage. */
export async function DocumentCard({ document: doc }: { document: DocumentSummary }) {
  const t = await getTranslations('Home');
  const tLang = await getTranslations('Languages');
  const locale = await getLocale();
  const titleLang = isLang(locale) && doc.titles[locale] ? locale : doc.sourceLang;
  const title = doc.titles[titleLang] ?? doc.id;
  const targets = doc.languages.flatMap((lang) => {
    const p = doc.progress[lang];
    return lang === doc.sourceLang || !p ? [] : [{ lang, translated: p.total - p.missing, checked: p.checked, total: p.total }];
  });

  return (
    <article className="document-card" aria-labelledby={`doc-${doc.id}`}>
      <h2 id={`doc-${doc.id}`} lang={LANG_TAG[titleLang]}>
        <Link href={readerHref(doc.id, { columns: doc.languages })}>{title}</Link>
      </h2>
      <p className="meta">
        {t('source', { language: tLang(doc.sourceLang) })} · {t('segments', { count: doc.segmentCount })}
      </p>
      <ul className="coverage">
        {targets.map((c) => (
          <li key={c.lang}>
            <span>
              {t('coverage', { language: tLang(c.lang), translated: c.translated, total: c.total, checked: c.checked })}
            </span>
            <span className="bar" aria-hidden="true">
              <span className="bar-translated" style={{ width: `${(100 * c.translated) / Math.max(c.total, 1)}%` }} />
              <span className="bar-checked" style={{ width: `${(100 * c.checked) / Math.max(c.total, 1)}%` }} />
            </span>
          </li>
        ))}
      </ul>
      <p className="actions">
        <ContinueReading documentId={doc.id} fallbackColumns={doc.languages} label={t('continue')} />
        <Link className="button" href={readerHref(doc.id, { columns: doc.languages })}>
          {t('read')}
        </Link>
        {targets.map((c) => (
          <Link key={c.lang} href={readerHref(doc.id, { columns: [doc.sourceLang, c.lang] })}>
            {t('readPair', { first: tLang(doc.sourceLang), second: tLang(c.lang) })}
          </Link>
        ))}
      </p>
    </article>
  );
}
