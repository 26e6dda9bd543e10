'use client';

import './documents.css';
import { useTranslations } from 'next-intl';
import { type FormEvent, useEffect, useId, useRef, useState, useTransition } from 'react';
import { useRouter } from '@/i18n/navigation';
import { LANG_TAG, type Lang } from '@/lib/languages';
import { deleteDocumentAction, renameDocumentAction } from '@/server/actions/documents';
import type { TitleState } from '@/server/queries';

interface Props {
  documentId: string;
  /** The title as the page shows it, for the confirmation. */
  title: string;
  titles: TitleState | { segmentId: null };
  /** Checked translations: a deletion would be refused while there are any. */
  checked: number;
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

/**
 * An administrator's rename (the title in each language; the id stays) and delete (with a
 * confirmation step, refused while translations are checked) of one document.
 */
export function DocumentAdmin({ documentId, title, titles, checked }: Props) {
  const t = useTranslations('Documents');
  const tLang = useTranslations('Languages');
  const router = useRouter();
  const key = useId();
  const [texts, setTexts] = useState<Partial<Record<Lang, string>>>(() =>
    titles.segmentId === null ? {} : Object.fromEntries(titles.languages.map((lang) => [lang, titles.titles[lang]?.text ?? ''])),
  );
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [pending, start] = useTransition();
  const confirmButton = useRef<HTMLButtonElement>(null);
  // The confirmation takes the focus, so a keyboard user lands on the question it asks.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  function rename(event: FormEvent) {
    event.preventDefault();
    if (titles.segmentId === null) return;
    setMessage(null);
    const input = Object.fromEntries(
      titles.languages.map((lang) => [lang, { text: texts[lang] ?? '', version: titles.titles[lang]?.version ?? 0 }]),
    );
    start(async () => {
      const result = await renameDocumentAction({ documentId, titles: input });
      if (result.ok) {
        setMessage({ kind: 'ok', text: t('renamed') });
        router.refresh();
      } else if (result.error === 'unchanged') setMessage({ kind: 'error', text: t('unchanged') });
      else if (result.error === 'no-title-segment') setMessage({ kind: 'error', text: t('noTitleSegment') });
      else if (result.error === 'refused')
        setMessage({
          kind: 'error',
          text: t(result.result.result.error === 'conflict' ? 'errors.conflict' : 'errors.refused'),
        });
      else setMessage({ kind: 'error', text: t(`errors.${result.error === 'not-found' ? 'notFound' : result.error}`) });
    });
  }

  function remove() {
    setMessage(null);
    start(async () => {
      const result = await deleteDocumentAction({ documentId, confirm: documentId });
      if (result.ok) {
        setConfirming(false);
        router.refresh();
        return;
      }
      setConfirming(false);
      if (result.error === 'has-checked') setMessage({ kind: 'error', text: t('hasChecked', { count: result.checked }) });
      else setMessage({ kind: 'error', text: t(`errors.${result.error === 'not-found' ? 'notFound' : result.error}`) });
    });
  }

  return (
    <details className="document-admin">
      <summary>{t('manage')}</summary>
      {titles.segmentId === null ? (
        <p>{t('noTitleSegment')}</p>
      ) : (
        <form onSubmit={rename} className="rename-form">
          <fieldset>
            <legend>{t('renameLegend')}</legend>
            {titles.languages.map((lang) => (
              <div className="field" key={lang}>
                <label htmlFor={`${key}-${lang}`}>{t('titleIn', { language: tLang(lang) })}</label>
                <input
                  id={`${key}-${lang}`}
                  lang={LANG_TAG[lang]}
                  value={texts[lang] ?? ''}
                  onChange={(e) => setTexts((all) => ({ ...all, [lang]: e.target.value }))}
                />
              </div>
            ))}
            <p className="hint">{t('renameHint', { id: documentId })}</p>
            <button type="submit" className="button" disabled={pending}>
              {t('rename')}
            </button>
          </fieldset>
        </form>
      )}
      <fieldset className="delete-document">
        <legend>{t('deleteLegend')}</legend>
        <p className="hint">{t('deletePolicy')}</p>
        {checked > 0 ? <p className="field-error">{t('hasChecked', { count: checked })}</p> : null}
        {confirming ? (
          <div className="confirm-delete" role="alertdialog" aria-labelledby={`${key}-confirm`}>
            <p id={`${key}-confirm`}>{t('confirmDelete', { title })}</p>
            <div className="row-actions">
              <button ref={confirmButton} type="button" className="small-button danger" disabled={pending} onClick={remove}>
                {t('deleteForGood')}
              </button>
              <button type="button" className="small-button" onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="small-button" disabled={pending} onClick={() => setConfirming(true)}>
            {t('delete')}
          </button>
        )}
      </fieldset>
      <p role="status" className={message?.kind === 'error' ? 'field-error' : 'hint'}>
        {message?.text ?? ''}
      </p>
    </details>
  );
}
