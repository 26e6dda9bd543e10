'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import type { Lang } from '@/lib/languages';
import { CHECK_IDS, type CheckId, isCheckId } from '@/lib/qa';
import { failingChecks, useQa } from './useQaData';

interface Props {
  documentId: string;
  lang: Lang;
  value: CheckId | undefined;
  onChange: (check: CheckId | undefined) => void;
}

/** Moves focus to the next row (after the focused one, wrapping) whose translation fails a check. */
export function focusNextFailing() {
  const rows = [...document.querySelectorAll<HTMLElement>('.review-row')];
  const current = rows.findIndex((r) => r.contains(document.activeElement));
  const ordered = [...rows.slice(current + 1), ...rows.slice(0, current + 1)];
  const next = ordered.find((r) => r.querySelector('[data-qa-failing]'));
  const target = next?.querySelector<HTMLElement>('[data-review-editor]') ?? next?.querySelector<HTMLElement>('.qa-findings');
  if (!next || !target) return;
  if (!target.matches('textarea')) target.tabIndex = -1;
  target.focus();
  next.scrollIntoView({ block: 'center' });
}

/** Filter by failing quality check (with how many translations fail each), and F8 to go to the next one. */
export function QaFilter({ documentId, lang, value, onChange }: Props) {
  const t = useTranslations('Qa');
  const { data } = useQa(documentId, lang);
  const counts = new Map<string, number>();
  for (const qa of data?.values() ?? []) for (const c of failingChecks(qa)) counts.set(c, (counts.get(c) ?? 0) + 1);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F8') {
        event.preventDefault();
        focusNextFailing();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <label className="qa-filter">
      {t('filter')}{' '}
      <select value={value ?? ''} onChange={(e) => onChange(isCheckId(e.target.value) ? e.target.value : undefined)}>
        <option value="">{t('anyCheck')}</option>
        {CHECK_IDS.filter((c) => counts.has(c) || c === value).map((c) => (
          <option key={c} value={c}>
            {t('checkCount', { check: t(`checks.${c}`), count: counts.get(c) ?? 0 })}
          </option>
        ))}
      </select>
    </label>
  );
}
