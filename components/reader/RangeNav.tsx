import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { isLang, LANG_TAG, type Lang } from '@/lib/languages';
import type { ReaderPage } from '@/server/queries';
import { type ReaderState, readerHref } from './href';

interface Props {
  documentId: string;
  page: ReaderPage;
  state: ReaderState;
  /** `top` also carries the table of contents; `bottom` only the way on. */
  place: 'top' | 'bottom';
}

/**
 * Where this page is in a long document, the way to the pages before and after it, and (at
 * the top) the table of contents built from the title and headings, in the UI language where
 * translated. Plain links: it works without JavaScript.
 */
export async function RangeNav({ documentId, page, state, place }: Props) {
  const t = await getTranslations('Reader');
  const locale = await getLocale();
  const { index, count, start, end, segmentCount, toc, sourceLang } = page;
  if (count <= 1 && (place === 'bottom' || toc.length < 2)) return null;
  const to = (i: number) => readerHref(documentId, { ...state, page: i + 1 });
  const uiLang: Lang = isLang(locale) ? locale : sourceLang;

  return (
    <nav className={`range-nav range-nav-${place}`} aria-label={place === 'top' ? t('pages') : `${t('pages')} (2)`}>
      {place === 'top' && toc.length > 1 ? (
        <details className="toc">
          <summary>{t('contents')}</summary>
          <ol>
            {toc.map((entry) => {
              const lang: Lang = entry.titles[uiLang] ? uiLang : sourceLang;
              return (
                <li key={entry.id} data-kind={entry.kind} aria-current={entry.range === index ? 'true' : undefined}>
                  <Link href={readerHref(documentId, { ...state, page: entry.range + 1 }, entry.id)} lang={LANG_TAG[lang]}>
                    {entry.titles[lang] ?? entry.id}
                  </Link>
                </li>
              );
            })}
          </ol>
        </details>
      ) : null}
      {count > 1 ? (
        <p className="range-steps">
          {index > 0 ? (
            <Link href={to(index - 1)} rel="prev">
              ← {t('previous')}
            </Link>
          ) : null}
          <span className="range-position">
            {t('position', { part: index + 1, parts: count, from: start + 1, to: end, total: segmentCount })}
          </span>
          {index < count - 1 ? (
            <Link href={to(index + 1)} rel="next">
              {t('next')} →
            </Link>
          ) : null}
        </p>
      ) : null}
    </nav>
  );
}
