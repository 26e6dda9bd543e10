import './review.css';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getLocale } from 'next-intl/server';
import { isEventKind } from '@/lib/review';
import type { InboxItem } from '@/server/queries';

/**
 * The inbox as a list grouped by document: each translation with why it is here, the latest
 * thing said about it, and a link to its row in the workspace (a full page load, so the row's
 * anchor is honoured after the server finds its page).
 */
export async function Inbox({ items, titles }: { items: InboxItem[]; titles: Map<string, string> }) {
  const [t, tReview, tLang, tStatus, format, locale] = await Promise.all([
    getTranslations('Conversation'),
    getTranslations('Review'),
    getTranslations('Languages'),
    getTranslations('Status'),
    getFormatter(),
    getLocale(),
  ]);
  if (items.length === 0) return <p className="notice">{t('inboxEmpty')}</p>;
  const byDocument = new Map<string, InboxItem[]>();
  for (const item of items) byDocument.set(item.documentId, [...(byDocument.get(item.documentId) ?? []), item]);
  return (
    <div className="inbox">
      <p role="status">{t('inboxCount', { count: items.length })}</p>
      {[...byDocument].map(([documentId, list]) => (
        <section key={documentId} aria-labelledby={`inbox-${documentId}`} data-document={documentId}>
          <h2 id={`inbox-${documentId}`}>{titles.get(documentId) ?? documentId}</h2>
          <ul className="inbox-items">
            {list.map((item) => {
              const href = `/${locale}/review/${documentId}/${item.lang}?at=${encodeURIComponent(item.segmentId)}`;
              return (
                <li key={`${item.segmentId}-${item.lang}`} className="inbox-item" data-reason={item.reason}>
                  <p className="inbox-item-head">
                    <a href={href}>{t('open', { number: item.number })}</a> · {tLang(item.lang)} ·{' '}
                    <span className="badge" data-status={item.status}>
                      {tStatus(item.status)}
                    </span>{' '}
                    <strong>{item.reason === 'rejected' ? t('reasonRejected') : t('reasonReply')}</strong>
                  </p>
                  {item.last ? (
                    <p className="comment" data-event={item.last.event ?? undefined}>
                      <span className="comment-meta">
                        <bdi>{item.last.author ?? tReview('system')}</bdi>
                        {item.last.event && isEventKind(item.last.event) ? ` (${tReview(`actions.${item.last.event}`)})` : ''}
                        {' · '}
                        <time dateTime={item.last.at}>
                          {format.dateTime(new Date(item.last.at), { dateStyle: 'medium', timeStyle: 'short' })}
                        </time>
                      </span>
                      <bdi className="comment-body">{item.last.body}</bdi>
                    </p>
                  ) : (
                    <p className="muted">{t('noComment')}</p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
