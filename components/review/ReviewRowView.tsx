'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { LANG_TAG, type Lang } from '@/lib/languages';
import { type Actor, decide, type RefusalReason, type ReviewAction } from '@/lib/review';
import type { ReviewRow } from '@/server/queries/review';
import type { TranslationState } from '@/server/review/state';
import { ConflictPanel } from './ConflictPanel';
import { HistoryPanel } from './HistoryPanel';
import { RejectForm } from './RejectForm';
import { SourceDiff } from './SourceDiff';
import { SourceEditor } from './SourceEditor';
import { type RowMutation, useRowAction } from './useReviewData';

interface Props {
  row: ReviewRow;
  documentId: string;
  lang: Lang;
  sourceLang: Lang;
  viewer: Actor | null;
  allowSelfCheck: boolean;
  selected: boolean;
  onSelect: (segmentId: string, selected: boolean) => void;
}

/** Moves focus to the editor of the row before or after this one (Alt+Up / Alt+Down). */
function focusNeighbour(from: HTMLElement, delta: number) {
  const editors = [...document.querySelectorAll<HTMLTextAreaElement>('[data-review-editor]')];
  const next = editors[editors.indexOf(from as HTMLTextAreaElement) + delta];
  next?.focus();
  next?.scrollIntoView({ block: 'center' });
}

export function ReviewRowView({ row, documentId, lang, sourceLang, viewer, allowSelfCheck, selected, onSelect }: Props) {
  const t = useTranslations('Review');
  const tStatus = useTranslations('Status');
  const tLang = useTranslations('Languages');
  const tRefusal = useTranslations('Refusals');
  const tField = useTranslations('FieldErrors');
  const format = useFormatter();
  const ids = useId();
  const mutation = useRowAction(documentId, lang, row.segmentId);
  const target = row.target;

  // The editor keeps what the user typed; it follows the server only while nothing is typed.
  const [base, setBase] = useState(target.text ?? '');
  const [text, setText] = useState(target.text ?? '');
  const dirty = text !== base;
  useEffect(() => {
    if (!dirty) {
      setBase(target.text ?? '');
      setText(target.text ?? '');
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follow only server changes
  }, [target.text, target.version]);

  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState('');
  const [conflict, setConflict] = useState<TranslationState | null>(null);
  const [problem, setProblem] = useState<RefusalReason | 'failed' | null>(null);
  const [fieldError, setFieldError] = useState<{ field: string; key: string } | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [editingSource, setEditingSource] = useState(false);

  const current = { status: target.status, outdated: target.outdated, textAuthorId: target.textAuthorId };
  const allowed = (action: ReviewAction, extra: { text?: string; comment?: string } = {}) =>
    decide({
      actor: viewer,
      action,
      lang,
      isSource: false,
      current,
      settings: { allowSelfCheck },
      text: 'x',
      comment: 'x',
      ...extra,
    });
  const canEdit = allowed('edit').ok;
  const check = allowed('check');
  const canReject = allowed('reject').ok;
  const canReopen = allowed('reopen').ok;
  const canRevert = decide({
    actor: viewer,
    action: 'revert',
    lang,
    isSource: false,
    current,
    settings: { allowSelfCheck },
    revertTo: { wasCheckedAgainstCurrentSource: false },
  }).ok;

  function run(mutation_: RowMutation, after?: () => void) {
    setProblem(null);
    setFieldError(null);
    mutation.mutate(mutation_, {
      onSuccess: (result) => {
        if (result.ok) {
          setConflict(null);
          const saved = result.translation.text ?? '';
          setBase(saved);
          setText(saved);
          after?.();
        } else if (result.error === 'conflict') {
          setConflict(result.current);
        } else if (result.error === 'refused') {
          setProblem(result.reason);
        } else if (result.error === 'invalid') {
          const [field, key] = Object.entries(result.fieldErrors)[0] ?? ['text', 'invalid'];
          setFieldError({ field, key });
        } else {
          setProblem('failed');
        }
      },
      onError: () => setProblem('failed'),
    });
  }

  const save = (version = target.version) =>
    run({ action: 'edit', version, text, optimistic: { text: text.trim(), status: 'draft', outdated: false } });

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key === 'Enter') {
      event.preventDefault();
      if (dirty) save();
    } else if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      focusNeighbour(event.currentTarget, event.key === 'ArrowDown' ? 1 : -1);
    } else if (mod && event.shiftKey && event.key.toLowerCase() === 'c') {
      event.preventDefault();
      setText(row.source);
    }
  }

  const langTag = LANG_TAG[lang];
  const editorId = `${ids}-editor`;
  const pending = mutation.isPending;

  return (
    <li className="review-row" id={`r-${row.segmentId}`} data-status={target.status} data-segment={row.segmentId}>
      <div className="review-row-head">
        {check.ok ? (
          <input
            type="checkbox"
            checked={selected}
            onChange={(e) => onSelect(row.segmentId, e.target.checked)}
            aria-label={t('select', { number: row.number })}
          />
        ) : null}
        <span className="segment-number">#{row.number}</span>
        <span className="badge" data-status={target.status}>
          {tStatus(target.status)}
        </span>
        {target.outdated ? (
          <span className="badge" data-status="outdated">
            {tStatus('outdated')}
          </span>
        ) : null}
        {target.updatedAt ? (
          <span className="last-edit">
            {target.updatedBy
              ? t('lastEdit', {
                  name: target.updatedBy,
                  time: format.dateTime(new Date(target.updatedAt), { dateStyle: 'medium', timeStyle: 'short' }),
                })
              : t('imported', { time: format.dateTime(new Date(target.updatedAt), { dateStyle: 'medium', timeStyle: 'short' }) })}
          </span>
        ) : null}
      </div>
      <div className="review-columns">
        <div className="review-source" lang={LANG_TAG[sourceLang]}>
          <p className="column-label" lang={undefined}>
            {tLang(sourceLang)}
          </p>
          {editingSource ? (
            <SourceEditor
              documentId={documentId}
              segmentId={row.segmentId}
              number={row.number}
              sourceLang={sourceLang}
              langTag={LANG_TAG[sourceLang]}
              lang={lang}
              text={row.source}
              version={row.sourceVersion}
              onDone={() => setEditingSource(false)}
            />
          ) : (
            <p>{row.source}</p>
          )}
          {row.sourceDiff ? <SourceDiff ops={row.sourceDiff} lang={LANG_TAG[sourceLang]} label={t('sourceChanged')} /> : null}
          {viewer?.role === 'admin' && !editingSource ? (
            <button type="button" className="link-button" onClick={() => setEditingSource(true)}>
              {t('editSource')}
            </button>
          ) : null}
        </div>
        <div className="review-target">
          <label htmlFor={editorId} className="column-label">
            {t('translationOf', { number: row.number, language: tLang(lang) })}
          </label>
          {canEdit ? (
            <textarea
              id={editorId}
              data-review-editor
              lang={langTag}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={onKeyDown}
              rows={Math.min(12, Math.max(3, Math.ceil(text.length / (lang === 'zh' ? 40 : 90)) + 1))}
              aria-invalid={fieldError?.field === 'text' ? true : undefined}
              aria-describedby={fieldError?.field === 'text' ? `${editorId}-error` : undefined}
            />
          ) : (
            <p id={editorId} lang={langTag} className={target.text === null ? 'missing' : undefined}>
              {target.text ?? t('noTranslation')}
            </p>
          )}
          {fieldError?.field === 'text' ? (
            <p id={`${editorId}-error`} className="field-error">
              {tField(fieldError.key as 'required')}
            </p>
          ) : null}
        </div>
        {row.others.map((other) => (
          <div key={other.lang} className="review-other" lang={LANG_TAG[other.lang]}>
            <p className="column-label">{tLang(other.lang)}</p>
            <p className={other.text === null ? 'missing' : undefined}>{other.text ?? t('noTranslation')}</p>
          </div>
        ))}
      </div>
      {row.note ? (
        <details className="note">
          <summary>{t('note')}</summary>
          <p lang="en">{row.note}</p>
        </details>
      ) : null}
      {row.comments.length > 0 ? (
        <ul className="comments" aria-label={t('comments')}>
          {row.comments.map((c, i) => (
            <li key={i} className="comment">
              <strong>{c.author ?? t('system')}</strong>: {c.body}
            </li>
          ))}
        </ul>
      ) : null}
      {problem ? (
        <p role="alert" className="form-error">
          {problem === 'failed' ? t('failed') : tRefusal(problem)}
        </p>
      ) : null}
      {conflict ? (
        <ConflictPanel
          mine={text}
          theirs={conflict}
          lang={langTag}
          onKeepMine={() => save(conflict.version)}
          onTakeTheirs={() => {
            setBase(conflict.text ?? '');
            setText(conflict.text ?? '');
            setConflict(null);
          }}
        />
      ) : null}
      {rejecting ? (
        <RejectForm
          comment={comment}
          onComment={setComment}
          pending={pending}
          error={fieldError?.field === 'comment' ? fieldError.key : undefined}
          onCancel={() => setRejecting(false)}
          onSend={() =>
            run({ action: 'reject', version: target.version, comment, optimistic: { status: 'rejected' } }, () => {
              setRejecting(false);
              setComment('');
            })
          }
        />
      ) : null}
      <div className="row-actions">
        {canEdit ? (
          <button type="button" className="small-button" disabled={!dirty || pending} onClick={() => save()}>
            {t('save')}
          </button>
        ) : null}
        {check.ok || (!check.ok && check.reason === 'self-check') ? (
          <button
            type="button"
            className="small-button primary"
            disabled={!check.ok || dirty || pending}
            title={!check.ok ? tRefusal('self-check') : undefined}
            onClick={() => run({ action: 'check', version: target.version, optimistic: { status: 'checked', outdated: false } })}
          >
            {t('check')}
          </button>
        ) : null}
        {canReject && !rejecting ? (
          <button type="button" className="small-button" disabled={pending} onClick={() => setRejecting(true)}>
            {t('reject')}
          </button>
        ) : null}
        {canReopen ? (
          <button
            type="button"
            className="small-button"
            disabled={pending}
            onClick={() => run({ action: 'reopen', version: target.version, optimistic: { status: 'draft' } })}
          >
            {t('reopen')}
          </button>
        ) : null}
        <button
          type="button"
          className="small-button"
          aria-expanded={historyOpen}
          aria-controls={`${ids}-history`}
          onClick={() => setHistoryOpen((open) => !open)}
        >
          {t('history')}
        </button>
      </div>
      {historyOpen ? (
        <div id={`${ids}-history`}>
          <HistoryPanel
            documentId={documentId}
            segmentId={row.segmentId}
            lang={lang}
            langTag={langTag}
            currentText={target.text}
            canRevert={canRevert}
            onRevert={(eventId) => run({ action: 'revert', version: target.version, eventId: String(eventId) })}
          />
        </div>
      ) : null}
    </li>
  );
}
