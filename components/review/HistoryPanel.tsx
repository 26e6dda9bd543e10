'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { Lang } from '@/lib/languages';
import { useHistory } from './useReviewData';

interface Props {
  documentId: string;
  segmentId: string;
  lang: Lang;
  langTag: string;
  currentText: string | null;
  canRevert: boolean;
  onRevert: (eventId: number) => void;
}

/** Every change of one translation, newest first, with a way back to any earlier text. */
export function HistoryPanel({ documentId, segmentId, lang, langTag, currentText, canRevert, onRevert }: Props) {
  const t = useTranslations('Review');
  const tStatus = useTranslations('Status');
  const format = useFormatter();
  const { data, isPending, isError } = useHistory(documentId, segmentId, lang, true);
  if (isPending) return <p className="history">{t('loading')}</p>;
  if (isError) return <p className="history form-error">{t('loadFailed')}</p>;
  const statusLabel = (s: string) => (['missing', 'draft', 'checked', 'rejected'].includes(s) ? tStatus(s as 'draft') : s);
  return (
    <ol className="history" aria-label={t('history')}>
      {data.map((entry) => (
        <li key={entry.id}>
          <p className="history-meta">
            <strong>
              {t.has(`actions.${entry.action}` as 'actions.edit') ? t(`actions.${entry.action}` as 'actions.edit') : entry.action}
            </strong>
            {' · '}
            {entry.actor ?? t('system')}
            {' · '}
            <time dateTime={entry.createdAt}>
              {format.dateTime(new Date(entry.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}
            </time>
            {' · '}
            {statusLabel(entry.statusBefore)} → {statusLabel(entry.statusAfter)}
          </p>
          {entry.textAfter !== null ? (
            <p lang={langTag} className="history-text">
              {entry.textAfter}
            </p>
          ) : null}
          {entry.comment ? <p className="comment">{entry.comment}</p> : null}
          {canRevert && entry.textAfter !== null && entry.textAfter !== currentText ? (
            <button type="button" className="small-button" onClick={() => onRevert(entry.id)}>
              {t('revertTo', { version: entry.version })}
            </button>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
