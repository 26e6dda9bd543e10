'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { Lang } from '@/lib/languages';
import { isEventKind, MAX_COMMENT_LENGTH } from '@/lib/review';
import type { ThreadMessage } from '@/lib/review/conversation';
import type { ConversationResult } from '@/server/actions/translations';
import { useConversation } from './useReviewData';

interface Props {
  documentId: string;
  segmentId: string;
  number: number;
  lang: Lang;
  comments: ThreadMessage[];
  resolved: boolean;
  /** Signed in at all: anyone signed in may comment. */
  canComment: boolean;
  /** Translators and up may resolve and reopen. */
  canResolve: boolean;
}

/**
 * The conversation about one translation, oldest first: the comments given with commands (a
 * rejection's reason opens it), replies, and whether it is resolved. A resolved thread folds
 * away; anything said in it opens it again.
 */
export function RowComments({ documentId, segmentId, number, lang, comments, resolved, canComment, canResolve }: Props) {
  const t = useTranslations('Conversation');
  const tReview = useTranslations('Review');
  const tAll = useTranslations();
  const format = useFormatter();
  const id = useId();
  const [body, setBody] = useState('');
  const [open, setOpen] = useState(false);
  const [composing, setComposing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const conversation = useConversation(documentId, lang);

  const onResult = (result: ConversationResult) => {
    if (result.ok) {
      setError(null);
      setBody('');
      setComposing(false);
      return;
    }
    if (result.error === 'refused') setError(tAll(`Refusals.${result.reason}`));
    else if (result.error === 'invalid') setError(tAll(`FieldErrors.${Object.values(result.fieldErrors)[0] ?? 'invalid'}`));
    else if (result.error === 'busy') setError(tAll('Results.busy', { seconds: result.retryAfter }));
    else setError(tAll(`Results.notFound.${result.what}`));
  };
  const send = (command: { action: 'comment'; body: string } | { action: 'resolve' | 'reopen' }) =>
    conversation.mutate(
      { documentId, segmentId, lang, ...command },
      { onSuccess: onResult, onError: () => setError(tReview('failed')) },
    );

  const said = comments.filter((m) => m.kind === 'comment');
  if (said.length === 0 && !canComment) return null;
  const showThread = !resolved || open;
  const label = t('label', { number });

  return (
    <section className="conversation" aria-label={label} data-resolved={resolved || undefined}>
      {/* Without a word said yet, only the button to say one: no heading that says "none". */}
      {said.length > 0 ? (
        <p className="conversation-head">
          <strong>{t('title', { count: said.length })}</strong>
          {resolved ? <span className="badge conversation-resolved">{t('resolved')}</span> : null}
          {resolved ? (
            <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
              {open ? t('hide') : t('show')}
            </button>
          ) : null}
        </p>
      ) : null}
      {showThread && comments.length > 0 ? (
        <ol className="comments">
          {comments.map((m, i) => (
            <li key={i} className={m.kind === 'comment' ? 'comment' : 'comment-state'} data-event={m.event ?? undefined}>
              <span className="comment-meta">
                <bdi>{m.author ?? tReview('system')}</bdi>
                {m.event && isEventKind(m.event) ? ` (${tReview(`actions.${m.event}`)})` : ''}
                {' · '}
                <time dateTime={m.at}>{format.dateTime(new Date(m.at), { dateStyle: 'medium', timeStyle: 'short' })}</time>
              </span>
              {m.kind === 'comment' ? (
                <bdi className="comment-body">{m.body}</bdi>
              ) : (
                <span> {t(m.kind === 'resolve' ? 'markedResolved' : 'reopen')}</span>
              )}
            </li>
          ))}
        </ol>
      ) : null}
      {canComment && showThread ? (
        composing ? (
          <form
            className="conversation-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (body.trim() !== '') send({ action: 'comment', body });
            }}
          >
            <label htmlFor={`${id}-reply`} className="visually-hidden">
              {said.length > 0 ? t('replyLabel', { number }) : t('commentLabel', { number })}
            </label>
            <textarea
              id={`${id}-reply`}
              rows={2}
              maxLength={MAX_COMMENT_LENGTH}
              value={body}
              autoFocus
              placeholder={said.length > 0 ? t('replyPlaceholder') : t('commentPlaceholder')}
              onChange={(e) => setBody(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setComposing(false);
              }}
            />
            <div className="row-actions">
              <button type="submit" className="small-button primary" disabled={conversation.isPending || body.trim() === ''}>
                {t('send')}
              </button>
              <button type="button" className="small-button" onClick={() => setComposing(false)}>
                {tReview('cancel')}
              </button>
            </div>
          </form>
        ) : (
          <div className="row-actions">
            <button type="button" className="small-button" aria-expanded={false} onClick={() => setComposing(true)}>
              {said.length > 0 ? t('reply') : t('comment')}
            </button>
            {canResolve && said.length > 0 && !resolved ? (
              <button
                type="button"
                className="small-button"
                disabled={conversation.isPending}
                onClick={() => send({ action: 'resolve' })}
              >
                {t('resolve')}
              </button>
            ) : null}
          </div>
        )
      ) : null}
      {canResolve && resolved && open ? (
        <button
          type="button"
          className="small-button"
          disabled={conversation.isPending}
          onClick={() => send({ action: 'reopen' })}
        >
          {t('reopenThread')}
        </button>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
