'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Lang } from '@/lib/languages';
import type { ShownFinding } from '@/lib/qa';
import { setQaDismissal } from '@/server/actions/qa';
import { patchQa, useQa } from './useQaData';

interface Props {
  documentId: string;
  lang: Lang;
  segmentId: string;
  canDismiss: boolean;
}

/**
 * The quality findings of one translation, most severe first, each with its severity and a
 * one-line reason. A reviewer may dismiss a finding for this text; it comes back on an edit.
 */
export function QaFindings({ documentId, lang, segmentId, canDismiss }: Props) {
  const t = useTranslations('Qa');
  const tLang = useTranslations('Languages');
  const queryClient = useQueryClient();
  const { data } = useQa(documentId, lang);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const qa = data?.get(segmentId);
  if (!qa || qa.findings.length === 0) return null;
  const active = qa.findings.filter((f) => !f.dismissed);
  const dismissed = qa.findings.filter((f) => f.dismissed);

  async function toggle(finding: ShownFinding, dismiss: boolean) {
    if (!qa) return;
    setPending(true);
    setError(null);
    try {
      const result = await setQaDismissal({ documentId, segmentId, lang, check: finding.check, version: qa.version, dismiss });
      if (result.ok) patchQa(queryClient, documentId, lang, result.qa);
      else setError(t(`errors.${result.error}`));
    } catch {
      setError(t('errors.failed'));
    } finally {
      setPending(false);
    }
  }

  // The other language is named in the UI language; everything else is text from the translation.
  const reasonValues = (f: ShownFinding) => {
    const lang = f.values.lang;
    return lang === 'en' || lang === 'zh' || lang === 'ru' ? { ...f.values, lang: tLang(lang) } : f.values;
  };

  const item = (f: ShownFinding, i: number, list: ShownFinding[]) => (
    <li key={`${f.check}-${f.key}-${i}`} className="qa-finding" data-severity={f.severity} data-check={f.check}>
      <span className={`qa-severity qa-${f.severity}`}>{t(`severity.${f.severity}`)}</span>{' '}
      <span className="qa-reason">{t(`messages.${f.key}`, reasonValues(f))}</span>
      {/* A dismissal covers the whole check, so it is offered once per check. */}
      {canDismiss && list.findIndex((o) => o.check === f.check) === i ? (
        <button
          type="button"
          className="link-button"
          disabled={pending}
          onClick={() => void toggle(f, !f.dismissed)}
          aria-label={t(f.dismissed ? 'restoreCheck' : 'dismissCheck', { check: t(`checks.${f.check}`) })}
        >
          {t(f.dismissed ? 'restore' : 'dismiss')}
        </button>
      ) : null}
    </li>
  );

  return (
    <section className="qa-findings" aria-label={t('title')} data-qa-failing={active.length > 0 ? 'true' : undefined}>
      <h3 className="qa-title">{t('title')}</h3>
      {active.length > 0 ? <ul>{active.map(item)}</ul> : <p className="qa-clear">{t('allDismissed')}</p>}
      {dismissed.length > 0 ? (
        <details className="qa-dismissed">
          <summary>{t('dismissedCount', { count: dismissed.length })}</summary>
          <ul>{dismissed.map(item)}</ul>
        </details>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
