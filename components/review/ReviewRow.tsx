'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { type KeyboardEvent, useId, useState } from 'react';
import { LANG_TAG, type Lang } from '@/lib/languages';
import { isolate } from '@/lib/text/rules';
import { type Actor, allowedActions, type CommandResult, type TranslationState } from '@/lib/review';
import type { WorkspaceRow, WorkspaceTarget } from '@/server/queries';
import { ConflictPanel } from './ConflictPanel';
import { HistoryPanel } from './HistoryPanel';
import { MemorySuggestions } from './MemorySuggestions';
import { QaFindings } from './QaFindings';
import { RejectForm } from './RejectForm';
import { type Outcome, ResultMessage } from './ResultMessage';
import { RowActions } from './RowActions';
import { RowComments } from './RowComments';
import { conversationPermission } from '@/lib/review/conversation';
import { RowEditor } from './RowEditor';
import { RowHeader } from './RowHeader';
import { RowSource } from './RowSource';
import { useClaim, useClaims } from './useClaims';
import { useCommand } from './useReviewData';
import { useRowEditor } from './useRowEditor';

interface Props {
  row: WorkspaceRow;
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
  // Past the edge of this page: the workspace turns the page and focuses its first or last row.
  if (!next) window.dispatchEvent(new CustomEvent('triglot:review-edge', { detail: delta }));
  next?.focus();
  next?.scrollIntoView({ block: 'center' });
}

type Panel = 'reject' | 'history' | null;

/** One segment in the workspace: source, translation, other target, comments, and what may be done. */
export function ReviewRow({ row, documentId, lang, sourceLang, viewer, allowSelfCheck, selected, onSelect }: Props) {
  const t = useTranslations('Review');
  const tLang = useTranslations('Languages');
  const tClaims = useTranslations('Claims');
  const format = useFormatter();
  const ids = useId();
  const command = useCommand(documentId, lang);
  const claims = useClaims(documentId, lang, viewer?.id ?? null);
  const claim = useClaim(documentId, lang, row.segmentId);
  const editing = claims.data?.get(row.segmentId) ?? [];
  const target = row.target;
  const editor = useRowEditor(target.text, target.version);
  const [panel, setPanel] = useState<Panel>(null);
  const [comment, setComment] = useState('');
  const [conflict, setConflict] = useState<TranslationState | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const permissions = allowedActions({
    actor: viewer,
    lang,
    isSource: false,
    current: { status: target.status, outdated: target.outdated, textAuthorId: target.textAuthorId },
    settings: { allowSelfCheck },
  });
  const base = { documentId, segmentId: row.segmentId, lang };

  function run(
    next: Parameters<typeof command.mutate>[0]['command'],
    optimistic: Partial<WorkspaceTarget> | undefined,
    after?: (result: Extract<CommandResult, { ok: true }>) => void,
  ) {
    setOutcome(null);
    command.mutate(
      { command: next, ...(optimistic ? { optimistic } : {}) },
      {
        onSuccess: (result) => {
          setOutcome(result);
          if (result.ok) {
            setConflict(null);
            editor.reset(result.translation.text ?? '');
            if (next.action === 'edit') claim.release();
            after?.(result);
          } else if (result.error === 'conflict') {
            setConflict(result.current);
          }
        },
        onError: () => setOutcome('failed'),
      },
    );
  }

  const save = (version = target.version) =>
    run({ action: 'edit', ...base, version, text: editor.text }, { text: editor.text.trim(), status: 'draft', outdated: false });

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key === 'Enter') {
      event.preventDefault();
      if (editor.dirty) save();
    } else if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      focusNeighbour(event.currentTarget, event.key === 'ArrowDown' ? 1 : -1);
    } else if (mod && event.shiftKey && event.key.toLowerCase() === 'c') {
      event.preventDefault();
      editor.setText(row.source);
    } else if (event.altKey && event.shiftKey && event.code === 'KeyK' && permissions.check.ok && !editor.dirty) {
      event.preventDefault();
      run({ action: 'check', ...base, version: target.version }, { status: 'checked', outdated: false });
    } else if (event.altKey && event.shiftKey && event.code === 'KeyJ' && permissions.reject.ok) {
      event.preventDefault();
      setPanel('reject');
    }
  }

  const invalid = outcome !== null && outcome !== 'failed' && !outcome.ok && outcome.error === 'invalid' ? outcome : null;
  const textError = invalid && 'text' in invalid.fieldErrors ? `${ids}-outcome` : undefined;
  const commentError = invalid?.fieldErrors.comment;

  return (
    <li className="review-row" id={`r-${row.segmentId}`} data-status={target.status} data-segment={row.segmentId}>
      <RowHeader
        number={row.number}
        target={target}
        selection={permissions.check.ok ? { selected, onSelect: (on) => onSelect(row.segmentId, on) } : null}
      />
      <div role="status" className="claim-slot">
        {editing.length > 0 ? (
          <p className="claim-notice">
            {tClaims('editing', {
              names: format.list(editing.map((c) => isolate(c.name))),
              count: editing.length,
            })}
            {permissions.edit.ok ? <span className="muted"> {tClaims('hint')}</span> : null}
          </p>
        ) : null}
      </div>
      <div className="review-columns">
        <RowSource
          row={row}
          documentId={documentId}
          sourceLang={sourceLang}
          lang={lang}
          canEditSource={viewer?.role === 'admin'}
        />
        <RowEditor
          id={`${ids}-editor`}
          number={row.number}
          lang={lang}
          editable={permissions.edit.ok}
          text={editor.text}
          savedText={target.text}
          onText={(text) => {
            editor.setText(text);
            claim.touch();
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (!editor.dirty) claim.release();
          }}
          errorId={textError}
        />
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
      <QaFindings
        documentId={documentId}
        lang={lang}
        segmentId={row.segmentId}
        canDismiss={permissions.check.ok || permissions.reject.ok}
      />
      {permissions.edit.ok ? (
        <MemorySuggestions
          documentId={documentId}
          segmentId={row.segmentId}
          lang={lang}
          onInsert={editor.setText}
          onAppend={editor.setText}
        />
      ) : null}
      <RowComments
        documentId={documentId}
        segmentId={row.segmentId}
        number={row.number}
        lang={lang}
        comments={row.comments}
        resolved={row.resolved}
        canComment={conversationPermission(viewer, 'comment', lang, row.comments) === null}
        canResolve={conversationPermission(viewer, row.resolved ? 'reopen' : 'resolve', lang, row.comments) === null}
      />
      {commentError || conflict ? null : <ResultMessage outcome={outcome} id={`${ids}-outcome`} />}
      {conflict ? (
        <ConflictPanel
          mine={editor.text}
          theirs={conflict}
          lang={LANG_TAG[lang]}
          onKeepMine={() => save(conflict.version)}
          onTakeTheirs={() => {
            claim.release();
            editor.reset(conflict.text ?? '');
            setConflict(null);
            setOutcome(null);
          }}
        />
      ) : null}
      {panel === 'reject' ? (
        <RejectForm
          comment={comment}
          onComment={setComment}
          pending={command.isPending}
          error={commentError}
          onCancel={() => setPanel(null)}
          onSend={() =>
            run({ action: 'reject', ...base, version: target.version, comment }, { status: 'rejected' }, () => {
              setPanel(null);
              setComment('');
            })
          }
        />
      ) : null}
      <RowActions
        permissions={permissions}
        dirty={editor.dirty}
        pending={command.isPending}
        historyOpen={panel === 'history'}
        historyId={`${ids}-history`}
        rejecting={panel === 'reject'}
        onSave={() => save()}
        onCheck={() => run({ action: 'check', ...base, version: target.version }, { status: 'checked', outdated: false })}
        onReject={() => setPanel('reject')}
        onReopen={() => run({ action: 'reopen', ...base, version: target.version }, { status: 'draft' })}
        onToggleHistory={() => setPanel((open) => (open === 'history' ? null : 'history'))}
      />
      {panel === 'history' ? (
        <div id={`${ids}-history`}>
          <HistoryPanel
            documentId={documentId}
            segmentId={row.segmentId}
            lang={lang}
            currentText={target.text}
            canRevert={permissions.revert.ok}
            onRevert={(eventId) => run({ action: 'revert', ...base, version: target.version, eventId }, undefined)}
          />
        </div>
      ) : null}
    </li>
  );
}
