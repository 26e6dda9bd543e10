'use client';

import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { STATUSES } from '@/lib/content/model';
import { filtersToQuery, type ReviewFilters as Filters } from '@/lib/review';

interface Props {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

function read(form: HTMLFormElement): Filters {
  const data = new FormData(form);
  const status = String(data.get('status') ?? '');
  const q = String(data.get('q') ?? '').trim();
  return {
    ...((STATUSES as readonly string[]).includes(status) ? { status: status as Filters['status'] } : {}),
    ...(data.get('outdated') ? { outdated: true } : {}),
    ...(data.get('comments') ? { comments: true } : {}),
    ...(q ? { q } : {}),
  };
}

/** A GET form, so the filters are always in the URL; with JavaScript it applies on change. */
export function ReviewFilters({ filters, onChange }: Props) {
  const t = useTranslations('Review');
  const tStatus = useTranslations('Status');
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange(read(event.currentTarget));
  };
  return (
    <form
      className="review-filters"
      method="get"
      onSubmit={apply}
      onChange={(e) => {
        if ((e.target as HTMLElement).getAttribute('type') !== 'search') onChange(read(e.currentTarget));
      }}
      aria-label={t('filters')}
      key={JSON.stringify(filtersToQuery(filters))}
    >
      <label>
        {t('status')}{' '}
        <select name="status" defaultValue={filters.status ?? ''}>
          <option value="">{t('allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {tStatus(s)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        <input type="checkbox" name="outdated" value="1" defaultChecked={filters.outdated ?? false} /> {t('outdatedOnly')}
      </label>
      <label className="inline">
        <input type="checkbox" name="comments" value="1" defaultChecked={filters.comments ?? false} /> {t('withComments')}
      </label>
      <label>
        {t('search')} <input type="search" name="q" defaultValue={filters.q ?? ''} placeholder={t('searchPlaceholder')} />
      </label>
      <button type="submit" className="small-button">
        {t('apply')}
      </button>
    </form>
  );
}
