'use client';

import './review.css';
import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { usePathname, useRouter } from '@/i18n/navigation';
import {
  type Actor,
  filtersToQuery,
  matchesFilters,
  parseFilters,
  permission,
  type ReviewFilters as Filters,
} from '@/lib/review';
import type { Workspace } from '@/server/queries';
import { ProgressBars } from './ProgressBars';
import { QaFilter } from './QaFilter';
import { type Outcome, useOutcomeText } from './ResultMessage';
import { ReviewFilters } from './ReviewFilters';
import { ReviewRow } from './ReviewRow';
import { ShortcutsDialog } from './ShortcutsDialog';
import { failingChecks, useQa } from './useQaData';
import { useBulkCheck, useWorkspace } from './useReviewData';

interface Props {
  initial: Workspace;
  viewer: Actor | null;
  allowSelfCheck: boolean;
}

export function ReviewWorkspace({ initial, viewer, allowSelfCheck }: Props) {
  const t = useTranslations('Review');
  const tRefusal = useTranslations('Refusals');
  const outcomeText = useOutcomeText();
  const router = useRouter();
  const pathname = usePathname();
  const { data } = useWorkspace(initial);
  const bulk = useBulkCheck(data.documentId, data.lang);
  const filters = parseFilters(Object.fromEntries(useSearchParams()));
  const filtered = Object.keys(filtersToQuery(filters)).length > 0;
  const qa = useQa(data.documentId, data.lang).data;
  const rows = data.rows.filter((row) => matchesFilters({ ...row, failing: failingChecks(qa?.get(row.segmentId)) }, filters));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkMessage, setBulkMessage] = useState<string | null>(null);

  // Signed in but not allowed to edit here at all (a reader, or another language's reviewer): say so once.
  const editRefusal = viewer
    ? permission({
        actor: viewer,
        action: 'edit',
        lang: data.lang,
        isSource: false,
        current: { status: 'draft', outdated: false, textAuthorId: null },
        settings: { allowSelfCheck },
      })
    : null;

  const setFilters = (next: Filters) => router.replace({ pathname, query: filtersToQuery(next) }, { scroll: false });
  const onSelect = (segmentId: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(segmentId);
      else next.delete(segmentId);
      return next;
    });

  function checkSelected() {
    const items = data.rows
      .filter((r) => selected.has(r.segmentId))
      .map((r) => ({ segmentId: r.segmentId, version: r.target.version }));
    setBulkMessage(null);
    bulk.mutate(
      { documentId: data.documentId, lang: data.lang, items },
      {
        onSuccess: (result) => {
          if (result.ok) {
            setBulkMessage(t('checkedMany', { checked: result.checked, skipped: result.skipped }));
            setSelected(new Set());
          } else {
            setBulkMessage(outcomeText(result));
          }
        },
        onError: () => setBulkMessage(outcomeText('failed' satisfies Outcome)),
      },
    );
  }

  return (
    <div className="review-workspace">
      <ProgressBars progress={data.progress} current={data.lang} />
      {editRefusal ? (
        <p className="notice" role="note">
          {tRefusal(editRefusal)}
        </p>
      ) : null}
      <div className="review-toolbar">
        <ReviewFilters
          filters={filters}
          onChange={(next) => setFilters({ ...next, ...(filters.check ? { check: filters.check } : {}) })}
        />
        <QaFilter
          documentId={data.documentId}
          lang={data.lang}
          value={filters.check}
          onChange={(check) => setFilters({ ...filters, check })}
        />
        <div className="review-toolbar-actions">
          {selected.size > 0 ? (
            <button type="button" className="small-button primary" disabled={bulk.isPending} onClick={checkSelected}>
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
      {rows.length === 0 && filtered ? (
        <p className="notice none-left">
          {t('noneMatch')}{' '}
          <button type="button" className="link-button" onClick={() => setFilters({})}>
            {t('showAll')}
          </button>
        </p>
      ) : null}
      <ol className="review-rows">
        {rows.map((row) => (
          <ReviewRow
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
