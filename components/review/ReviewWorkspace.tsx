'use client';

import './review.css';
import { useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { usePathname, useRouter } from '@/i18n/navigation';
import { type Actor, filtersToQuery, matchesFilters, parseFilters, type ReviewFilters as Filters } from '@/lib/review';
import { checkManyTranslations } from '@/server/actions/review';
import type { ReviewDocument } from '@/server/queries/review';
import { ProgressBars } from './ProgressBars';
import { ReviewFilters } from './ReviewFilters';
import { ReviewRowView } from './ReviewRowView';
import { ShortcutsDialog } from './ShortcutsDialog';
import { reviewKey, useReviewDocument } from './useReviewData';

interface Props {
  initial: ReviewDocument;
  viewer: Actor | null;
  allowSelfCheck: boolean;
}

export function ReviewWorkspace({ initial, viewer, allowSelfCheck }: Props) {
  const t = useTranslations('Review');
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const { data } = useReviewDocument(initial);
  const filters = parseFilters(Object.fromEntries(useSearchParams()));
  const rows = data.rows.filter((row) => matchesFilters(row, filters));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkMessage, setBulkMessage] = useState<string | null>(null);

  const setFilters = (next: Filters) => router.replace({ pathname, query: filtersToQuery(next) }, { scroll: false });
  const onSelect = (segmentId: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(segmentId);
      else next.delete(segmentId);
      return next;
    });

  async function checkSelected() {
    const items = data.rows
      .filter((r) => selected.has(r.segmentId))
      .map((r) => ({ segmentId: r.segmentId, version: r.target.version }));
    const results = await checkManyTranslations({ documentId: data.documentId, lang: data.lang, items });
    const list = Array.isArray(results) ? results : [];
    const checked = list.filter((r) => r.result.ok).length;
    setBulkMessage(t('checkedMany', { checked, skipped: items.length - checked }));
    setSelected(new Set());
    await queryClient.invalidateQueries({ queryKey: reviewKey(data.documentId, data.lang) });
  }

  return (
    <div className="review-workspace">
      <ProgressBars progress={data.progress} current={data.lang} />
      <div className="review-toolbar">
        <ReviewFilters filters={filters} onChange={setFilters} />
        <div className="review-toolbar-actions">
          {selected.size > 0 ? (
            <button type="button" className="small-button primary" onClick={() => void checkSelected()}>
              {t('checkSelected', { count: selected.size })}
            </button>
          ) : null}
          <ShortcutsDialog />
        </div>
      </div>
      <p className="shown" role="status">
        {t('shown', { shown: rows.length, total: data.rows.length })}
        {bulkMessage ? ` · ${bulkMessage}` : ''}
      </p>
      <ol className="review-rows">
        {rows.map((row) => (
          <ReviewRowView
            key={row.segmentId}
            row={row}
            documentId={data.documentId}
            lang={data.lang}
            sourceLang={data.sourceLang}
            viewer={viewer}
            allowSelfCheck={allowSelfCheck}
            selected={selected.has(row.segmentId)}
            onSelect={onSelect}
          />
        ))}
      </ol>
    </div>
  );
}
