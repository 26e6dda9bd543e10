'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { isolate } from '@/lib/text/rules';
import type { WorkspaceTarget } from '@/server/queries';

interface Props {
  number: number;
  target: WorkspaceTarget;
  selection: { selected: boolean; onSelect: (selected: boolean) => void } | null;
}

/** Segment number, status, outdated flag, who changed it last; the bulk-check box for reviewers. */
export function RowHeader({ number, target, selection }: Props) {
  const t = useTranslations('Review');
  const tStatus = useTranslations('Status');
  const format = useFormatter();
  const time = target.updatedAt ? format.dateTime(new Date(target.updatedAt), { dateStyle: 'medium', timeStyle: 'short' }) : null;
  return (
    <div className="review-row-head">
      {selection ? (
        <input
          type="checkbox"
          checked={selection.selected}
          onChange={(e) => selection.onSelect(e.target.checked)}
          aria-label={t('select', { number })}
        />
      ) : null}
      <span className="segment-number">#{number}</span>
      <span className="badge" data-status={target.status}>
        {tStatus(target.status)}
      </span>
      {target.outdated ? (
        <span className="badge" data-status="outdated">
          {tStatus('outdated')}
        </span>
      ) : null}
      {time ? (
        <span className="last-edit">
          {target.updatedBy ? t('lastEdit', { name: isolate(target.updatedBy), time }) : t('imported', { time })}
        </span>
      ) : null}
    </div>
  );
}
