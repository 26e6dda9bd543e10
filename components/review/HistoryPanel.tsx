'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { LANG_TAG, type Lang } from '@/lib/languages';
import { isStatus } from '@/lib/content/model';
import { diffWords, isEventKind } from '@/lib/review';
import { DiffText } from './DiffText';
import { useEvents } from './useReviewData';

interface Props {
  documentId: string;
  segmentId: string;
  lang: Lang;
  currentText: string | null;
  canRevert: boolean;
  onRevert: (eventId: number) => void;
}

/** Every change of one translation, newest first, with a way back to any earlier text. */
export function HistoryPanel({ documentId, segmentId, lang, currentText, canRevert, onRevert }: Props) {
  const t = useTranslations('Review');
  const tStatus = useTranslations('Status');
  const format = useFormatter();
  const { data, isPending, isError } = useEvents(documentId, segmentId, lang, true);
  if (isPending) return <p className="history">{t('loading')}</p>;
  if (isError) return <p className="history form-error">{t('loadFailed')}</p>;
  const statusLabel = (s: string) => (isStatus(s) ? tStatus(s) : s);
  return (
    <ol className="history" aria-label={t('history')}>
      {data.map((entry) => (
        <li key={entry.id}>
          <p className="history-meta">
            <strong>{isEventKind(entry.action) ? t(`actions.${entry.action}`) : entry.action}</strong>
            {' · '}
            <bdi>{entry.actor ?? t('system')}</bdi>
            {' · '}
            <time dateTime={entry.createdAt}>
              {format.dateTime(new Date(entry.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}
            </time>
            {' · '}
            {statusLabel(entry.statusBefore)} → {statusLabel(entry.statusAfter)}
          </p>
          {entry.textAfter !== null && entry.textBefore !== null && entry.textBefore !== entry.textAfter ? (
            <div className="history-text" aria-label={t('historyChange')} role="group">
              <DiffText
                ops={diffWords(entry.textBefore, entry.textAfter)}
                lang={LANG_TAG[lang]}
                removed={t('diffRemoved')}
                added={t('diffAdded')}
              />
            </div>
          ) : entry.textAfter !== null ? (
            <p lang={LANG_TAG[lang]} className="history-text">
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
