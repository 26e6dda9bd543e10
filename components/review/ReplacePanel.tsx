'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { LANG_TAG, type Lang } from '@/lib/languages';
import { diffWords } from '@/lib/review';
import type { ReplaceRequestInput } from '@/lib/review/replace';
import { isolate } from '@/lib/text/rules';
import { previewReplace, type ReplaceResult, runReplace } from '@/server/actions/translations';
import { DiffText } from './DiffText';
import { qaKey } from './useQaData';
import { workspaceKey } from './useReviewData';

interface Props {
  documentId: string;
  lang: Lang;
  /** A reviewer may include checked translations (they become drafts again); a translator may not. */
  canIncludeChecked: boolean;
}

type Preview = Extract<ReplaceResult, { ok: true }> & { request: ReplaceRequestInput };

/**
 * Search and replace in this language of the document: a preview of every change as a word
 * diff first, then one edit (and one history event) per changed translation, all or none.
 */
export function ReplacePanel({ documentId, lang, canIncludeChecked }: Props) {
  const t = useTranslations('Replace');
  const tAll = useTranslations();
  const queryClient = useQueryClient();
  const id = useId();
  const [find, setFind] = useState('');
  const [replace, setReplace] = useState('');
  const [regex, setRegex] = useState(false);
  const [matchCase, setMatchCase] = useState(false);
  const [includeChecked, setIncludeChecked] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  const request = (): ReplaceRequestInput => ({ documentId, lang, find, replace, regex, matchCase, includeChecked });

  function errorText(result: Exclude<ReplaceResult, { ok: true }>): string {
    switch (result.error) {
      case 'stale':
        return t('stale');
      case 'invalid': {
        const [field, key] = Object.entries(result.fieldErrors)[0] ?? ['find', 'invalid'];
        if (key === 'invalidPattern') return t('invalidPattern', { detail: result.detail ?? '' });
        return `${t(field === 'replace' ? 'replaceWith' : 'find')}: ${tAll(`FieldErrors.${key}`)}`;
      }
      case 'refused':
        return tAll(`Refusals.${result.reason}`);
      case 'not-found':
        return tAll(`Results.notFound.${result.what}`);
      case 'busy':
        return tAll('Results.busy', { seconds: result.retryAfter });
    }
  }

  const previewing = useMutation({
    mutationFn: (input: ReplaceRequestInput) => previewReplace(input),
    onSuccess: (result, input) => {
      if (result.ok) {
        setPreview({ ...result, request: input });
        setMessage(null);
      } else {
        setPreview(null);
        setMessage({ tone: 'error', text: errorText(result) });
      }
    },
    onError: () => setMessage({ tone: 'error', text: tAll('Review.failed') }),
  });

  const applying = useMutation({
    mutationFn: (input: ReplaceRequestInput) => runReplace(input),
    onSuccess: (result) => {
      if (result.ok) {
        setPreview(null);
        setMessage({ tone: 'success', text: t('done', { count: result.replaced }) });
        void queryClient.invalidateQueries({ queryKey: workspaceKey(documentId, lang) });
        void queryClient.invalidateQueries({ queryKey: qaKey(documentId, lang) });
        void queryClient.invalidateQueries({ queryKey: ['events', documentId] });
      } else {
        setMessage({ tone: 'error', text: errorText(result) });
      }
    },
    onError: () => setMessage({ tone: 'error', text: tAll('Review.failed') }),
  });

  // A preview belongs to the search it was made for: any change to the form retires it.
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPreview(null);
    };

  const summary = preview?.summary;
  return (
    <details className="replace-panel">
      <summary>{t('title')}</summary>
      <form
        className="replace-form"
        onSubmit={(event) => {
          event.preventDefault();
          previewing.mutate(request());
        }}
      >
        <div className="replace-fields">
          <label htmlFor={`${id}-find`}>{t('find')}</label>
          <input
            id={`${id}-find`}
            type="text"
            value={find}
            required
            maxLength={500}
            lang={LANG_TAG[lang]}
            onChange={(e) => edit(setFind)(e.target.value)}
          />
          <label htmlFor={`${id}-replace`}>{t('replaceWith')}</label>
          <input
            id={`${id}-replace`}
            type="text"
            value={replace}
            lang={LANG_TAG[lang]}
            onChange={(e) => edit(setReplace)(e.target.value)}
          />
        </div>
        <div className="replace-options">
          <label>
            <input type="checkbox" checked={regex} onChange={(e) => edit(setRegex)(e.target.checked)} /> {t('regex')}
          </label>
          <label>
            <input type="checkbox" checked={matchCase} onChange={(e) => edit(setMatchCase)(e.target.checked)} /> {t('matchCase')}
          </label>
          {canIncludeChecked ? (
            <label>
              <input type="checkbox" checked={includeChecked} onChange={(e) => edit(setIncludeChecked)(e.target.checked)} />{' '}
              {t('includeChecked')}
            </label>
          ) : null}
        </div>
        <button type="submit" className="small-button" disabled={previewing.isPending || find === ''}>
          {t('preview')}
        </button>
      </form>
      {message ? (
        <p
          role={message.tone === 'error' ? 'alert' : 'status'}
          className={message.tone === 'error' ? 'form-error' : 'form-success'}
        >
          {message.text}
        </p>
      ) : null}
      {preview && summary ? (
        <section className="replace-preview" aria-label={t('previewLabel')}>
          <p role="status">{summary.translations === 0 ? t('none') : t('summary', summary)}</p>
          {preview.changes.length < summary.translations ? (
            <p className="hint">{t('more', { shown: preview.changes.length, total: summary.translations })}</p>
          ) : null}
          <ol className="replace-changes">
            {preview.changes.map((change) => (
              <li key={change.segmentId} data-skip={change.skip ?? undefined}>
                <p className="replace-change-meta">
                  {t('segment', { number: change.number })}
                  {change.skip ? ` · ${t(`skipped.${change.skip}`)}` : ''}
                </p>
                <DiffText
                  ops={diffWords(
                    change.before,
                    change.skip === 'empty' || change.skip === 'tooLong' ? change.before : change.after,
                  )}
                  lang={LANG_TAG[lang]}
                  removed={tAll('Review.diffRemoved')}
                  added={tAll('Review.diffAdded')}
                />
              </li>
            ))}
          </ol>
          {summary.toChange > 0 ? (
            <button
              type="button"
              className="small-button primary"
              disabled={applying.isPending}
              onClick={() => applying.mutate({ ...preview.request, expected: preview.expected })}
            >
              {t('apply', { count: summary.toChange, find: isolate(preview.request.find) })}
            </button>
          ) : null}
        </section>
      ) : null}
    </details>
  );
}
