import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { ENDONYM, LANG_TAG, type Lang } from '@/lib/languages';
import { addColumn, moveColumn, removeColumn } from '@/lib/reader/columns';
import { AidsBar, offersAids } from './AidsBar';
import { type ReaderState, readerHref } from './href';

interface Props {
  documentId: string;
  available: readonly Lang[];
  state: ReaderState & { columns: Lang[] };
  /** Offer "Show review status" (not to a signed-in reviewer, who always sees it). */
  statusToggle: boolean;
  /** Offer "Show quality flags" (a signed-in reviewer). */
  qaToggle?: boolean;
  /** Offer stress marks over Russian (the lexicon is installed). */
  stressOffered: boolean;
}

/**
 * The column heads double as the column picker: each head names its language and has links
 * to move it left or right or remove it; missing languages get an "add" link. Plain links, so
 * the picker works without JavaScript and every view has a URL. The status toggle sits here too:
 * the bar stays in view while reading, so the view changes where the reader is (PlaceKeeper
 * keeps the row being read in place).
 */
export async function ColumnPicker({ documentId, available, state, statusToggle, qaToggle = false, stressOffered }: Props) {
  const t = await getTranslations('Reader');
  const tLang = await getTranslations('Languages');
  const { columns } = state;
  const addable = available.filter((lang) => addColumn(columns, lang) !== undefined);
  const href = (next: Lang[]) => readerHref(documentId, { ...state, columns: next });

  return (
    <nav className="column-picker" aria-label={t('columns')}>
      <ol className="column-heads">
        {columns.map((lang, index) => {
          const language = tLang(lang);
          const left = moveColumn(columns, index, -1);
          const right = moveColumn(columns, index, 1);
          const removed = removeColumn(columns, index);
          return (
            <li key={lang} className="column-head" data-lang={lang}>
              <span className="column-name">
                {language}
                {language !== ENDONYM[lang] ? (
                  <span className="endonym" lang={LANG_TAG[lang]}>
                    {ENDONYM[lang]}
                  </span>
                ) : null}
              </span>
              <span className="column-actions">
                {left ? (
                  <Link
                    href={href(left)}
                    aria-label={t('moveLeft', { language })}
                    title={t('moveLeft', { language })}
                    scroll={false}
                    data-keep-place
                  >
                    <span aria-hidden="true">←</span>
                  </Link>
                ) : null}
                {right ? (
                  <Link
                    href={href(right)}
                    aria-label={t('moveRight', { language })}
                    title={t('moveRight', { language })}
                    scroll={false}
                    data-keep-place
                  >
                    <span aria-hidden="true">→</span>
                  </Link>
                ) : null}
                {removed ? (
                  <Link
                    href={href(removed)}
                    aria-label={t('remove', { language })}
                    title={t('remove', { language })}
                    scroll={false}
                    data-keep-place
                  >
                    <span aria-hidden="true">×</span>
                  </Link>
                ) : null}
              </span>
            </li>
          );
        })}
      </ol>
      {addable.length > 0 || statusToggle || qaToggle || offersAids(columns, stressOffered) ? (
        <div className="column-add">
          {addable.map((lang) => (
            <Link key={lang} href={href(addColumn(columns, lang) ?? columns)} scroll={false} data-keep-place>
              {t('add', { language: tLang(lang) })}
            </Link>
          ))}
          <AidsBar documentId={documentId} state={state} stressOffered={stressOffered} />
          {statusToggle ? (
            <Link
              href={readerHref(documentId, { ...state, showStatus: !state.showStatus })}
              className="toggle"
              data-on={state.showStatus ? 'true' : 'false'}
              scroll={false}
              data-keep-place
            >
              {state.showStatus ? t('hideStatus') : t('showStatus')}
            </Link>
          ) : null}
          {qaToggle ? (
            <Link
              href={readerHref(documentId, { ...state, qa: !state.qa })}
              className="toggle"
              data-on={state.qa ? 'true' : 'false'}
              scroll={false}
              data-keep-place
            >
              {state.qa ? t('hideQa') : t('showQa')}
            </Link>
          ) : null}
        </div>
      ) : null}
    </nav>
  );
}
