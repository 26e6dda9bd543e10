'use client';

import { useSyncExternalStore } from 'react';
import { segmentHref } from '@/components/reader/href';
import { recallPlace } from '@/components/reader/reading-place';
import { Link } from '@/i18n/navigation';
import type { Lang } from '@/lib/languages';

const noSubscription = () => () => undefined;

/** "Continue reading" where this browser last was in the document; nothing when it never read it. */
export function ContinueReading({
  documentId,
  fallbackColumns,
  label,
}: {
  documentId: string;
  fallbackColumns: Lang[];
  label: string;
}) {
  // Read after hydration only: the server has no idea where this browser was.
  const raw = useSyncExternalStore(
    noSubscription,
    () => JSON.stringify(recallPlace(documentId)),
    () => 'null',
  );
  const mark = JSON.parse(raw) as ReturnType<typeof recallPlace>;
  if (!mark) return null;
  const columns = mark.columns.length > 0 ? mark.columns : fallbackColumns;
  return (
    <Link className="button continue" href={segmentHref(documentId, columns, mark.segmentId)}>
      {label}
    </Link>
  );
}
