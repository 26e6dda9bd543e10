'use client';

import './review.css';
import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
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
import { ReplacePanel } from './ReplacePanel';
import { ReviewFilters } from './ReviewFilters';
import { ReviewRow } from './ReviewRow';
import { ShortcutsDialog } from './ShortcutsDialog';
import { failingChecks, useQa } from './useQaData';
import { useBulkCheck, useBulkCheckMatching, useWorkspace, viewQuery } from './useReviewData';

/** Where focus goes once the next or previous page is in (the keyboard crossed a page edge). */
let focusOnLoad: 'first' | 'last' | null = null;

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
  const search = useSearchParams();
  const filters = parseFilters(Object.fromEntries(search));
  const requestedPage = Math.max(1, Number(search.get('page') ?? 1) || 1);
  // The view the server rendered `initial` for: only that view may start from it.
  const [initialQuery] = useState(() => viewQuery(filters, initial.paging.page));
  const query = useWorkspace(initial, viewQuery(filters, requestedPage), initialQuery);
  // Until another page or filter has loaded, the rows on screen stay (never a blank list).
  const data = query.data ?? initial;
  const bulk = useBulkCheck(initial.documentId, initial.lang);
  const bulkMatching = useBulkCheckMatching(initial.documentId, initial.lang);
  const [confirming, setConfirming] = useState(false);
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

  const canCheck =
    viewer !== null &&
    permission({
      actor: viewer,
      action: 'check',
      lang: data.lang,
      isSource: false,
      current: { status: 'draft', outdated: false, textAuthorId: null },
      settings: { allowSelfCheck },
    }) === null;
  const setFilters = (next: Filters) => router.replace({ pathname, query: filtersToQuery(next) }, { scroll: false });
  const goToPage = (page: number) =>
    router.replace(
      { pathname, query: { ...filtersToQuery(filters), ...(page > 1 ? { page: String(page) } : {}) } },
      { scroll: false },
    );
  const { page, pages, matching, total } = data.paging;

  // Alt+Up/Down past the first or last row of a page goes on to the next page, focus included.
  useEffect(() => {
    const onEdge = (event: Event) => {
      const delta = (event as CustomEvent<number>).detail;
      const target = page + delta;
      if (target < 1 || target > pages) return;
      focusOnLoad = delta > 0 ? 'first' : 'last';
      goToPage(target);
    };
    window.addEventListener('triglot:review-edge', onEdge);
    return () => window.removeEventListener('triglot:review-edge', onEdge);
  });
  useEffect(() => {
    if (!focusOnLoad) return;
    const editors = document.querySelectorAll<HTMLTextAreaElement>('[data-review-editor]');
    const editor = focusOnLoad === 'first' ? editors[0] : editors[editors.length - 1];
    focusOnLoad = null;
    editor?.focus();
    editor?.scrollIntoView({ block: 'center' });
  }, [page]);

  function checkAllMatching() {
    setConfirming(false);
    setBulkMessage(null);
    bulkMatching.mutate(filters, {
      onSuccess: (result) =>
        setBulkMessage(result.ok ? t('checkedMany', { checked: result.checked, skipped: result.skipped }) : outcomeText(result)),
      onError: () => setBulkMessage(outcomeText('failed' satisfies Outcome)),
    });
  }
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
          {canCheck && matching > 0 && !confirming ? (
            <button type="button" className="small-button" disabled={bulkMatching.isPending} onClick={() => setConfirming(true)}>
              {t('checkAllMatching', { count: matching })}
            </button>
          ) : null}
          <ShortcutsDialog />
        </div>
      </div>
      {viewer && editRefusal === null ? (
        <ReplacePanel documentId={data.documentId} lang={data.lang} canIncludeChecked={canCheck} />
      ) : null}
      {confirming ? (
        <div className="notice confirm-bulk" role="alertdialog" aria-labelledby="confirm-bulk-text">
          <p id="confirm-bulk-text">{t('confirmCheckAll', { count: matching })}</p>
          <div className="row-actions">
            <button type="button" className="small-button primary" onClick={checkAllMatching}>
              {t('confirmCheck', { count: matching })}
            </button>
            <button type="button" className="small-button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <p className="shown" role="status">
        {/* Rows a write made stop matching leave the list at once, and the count with them. */}
        {t('shown', { shown: Math.max(0, matching - (data.rows.length - rows.length)), total })}
        {bulkMessage ? ` · ${bulkMessage}` : ''}
      </p>
      <Pager
        page={page}
        pages={pages}
        onPage={goToPage}
        label={t('pages')}
        previous={t('previousPage')}
        next={t('nextPage')}
        of={t('pageOf', { page, pages })}
      />
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
      <Pager
        page={page}
        pages={pages}
        onPage={goToPage}
        label={t('pagesBottom')}
        previous={t('previousPage')}
        next={t('nextPage')}
        of={t('pageOf', { page, pages })}
      />
    </div>
  );
}

interface PagerProps {
  page: number;
  pages: number;
  onPage: (page: number) => void;
  label: string;
  previous: string;
  next: string;
  of: string;
}

/** Previous and next page of the filtered rows; nothing when they fit on one. */
function Pager({ page, pages, onPage, label, previous, next, of }: PagerProps) {
  if (pages <= 1) return null;
  return (
    <nav className="review-pager" aria-label={label}>
      <button type="button" className="small-button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ← {previous}
      </button>
      <span>{of}</span>
      <button type="button" className="small-button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {next} →
      </button>
    </nav>
  );
}
