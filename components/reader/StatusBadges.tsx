import { getTranslations } from 'next-intl/server';
import type { ReaderCell } from '@/server/queries';

/** A cell's review status (and `outdated` beside it); the source gets a "Source" badge. */
export async function StatusBadges({ cell, isSource }: { cell: ReaderCell; isSource: boolean }) {
  const t = await getTranslations('Status');
  if (isSource) {
    return (
      <span className="badges">
        <span className="badge" data-status="source">
          {t('source')}
        </span>
      </span>
    );
  }
  const outdated = cell.status !== 'missing' && cell.outdated;
  return (
    <span className="badges">
      {/* An outdated check never counts as checked: show it as outdated, not as checked. */}
      {outdated && cell.status === 'checked' ? null : (
        <span className="badge" data-status={cell.status}>
          {t(cell.status)}
        </span>
      )}
      {outdated ? (
        <span className="badge" data-status="outdated">
          {t('outdated')}
        </span>
      ) : null}
    </span>
  );
}
