'use client';

import { useTranslations } from 'next-intl';
import { isEventKind } from '@/lib/review';
import type { WorkspaceComment } from '@/server/queries';

/** Comments left with events on this translation (rejections, notes on checks and reopens), newest first. */
export function RowComments({ comments }: { comments: WorkspaceComment[] }) {
  const t = useTranslations('Review');
  if (comments.length === 0) return null;
  return (
    <ul className="comments" aria-label={t('comments')}>
      {comments.map((c, i) => (
        <li key={i} className="comment">
          <strong>
            <bdi>{c.author ?? t('system')}</bdi>
          </strong>
          {isEventKind(c.action) ? ` (${t(`actions.${c.action}`)})` : ''}: <bdi>{c.body}</bdi>
        </li>
      ))}
    </ul>
  );
}
