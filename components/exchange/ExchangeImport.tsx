'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { ExchangeImportResult } from '@/server/actions/exchange';

interface Props {
  documentId: string;
}

type Outcome = { kind: 'result'; result: ExchangeImportResult } | { kind: 'failed' } | null;

/**
 * Import of an exchange file into one document: "Check file" shows what would change (a dry
 * run), "Import" writes it. The file goes to the import route as the request body, so the
 * server reads it as a stream.
 */
export function ExchangeImport({ documentId }: Props) {
  const t = useTranslations('Exchange');
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [checked, setChecked] = useState(false);

  async function send(dryRun: boolean) {
    if (!file) return;
    setBusy(true);
    try {
      const query = new URLSearchParams({ name: file.name, ...(dryRun ? { dryRun: '1' } : {}) });
      const base = file.name.replace(/\.json$/i, '');
      if (/\.json$/i.test(file.name) && ['en', 'zh', 'ru'].includes(base)) query.set('lang', base);
      const response = await fetch(`/api/documents/${documentId}/import?${query}`, { method: 'POST', body: file });
      const result = (await response.json()) as ExchangeImportResult;
      setOutcome({ kind: 'result', result });
      setChecked(dryRun && result.ok);
    } catch {
      setOutcome({ kind: 'failed' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="exchange" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('importHeading')}</h3>
      <div className="exchange-import">
        <label htmlFor={`${id}-file`}>{t('fileLabel')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".xlf,.xliff,.tmx,.json,.tsv,.txt"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setOutcome(null);
            setChecked(false);
          }}
        />
        <div className="exchange-actions">
          <button type="button" className="small-button" disabled={!file || busy} onClick={() => void send(true)}>
            {t('check')}
          </button>
          <button
            type="button"
            className="small-button primary"
            disabled={!file || busy || !checked}
            onClick={() => void send(false)}
          >
            {t('apply')}
          </button>
        </div>
      </div>
      <div role="status" aria-live="polite" className="exchange-outcome">
        {outcome && <OutcomeMessage outcome={outcome} />}
      </div>
    </section>
  );
}

function OutcomeMessage({ outcome }: { outcome: NonNullable<Outcome> }) {
  const t = useTranslations('Exchange');
  if (outcome.kind === 'failed') return <p className="form-error">{t('failed')}</p>;
  const { result } = outcome;
  if (!result.ok) {
    switch (result.error) {
      case 'format':
        return <p className="form-error">{t('errors.format', { message: result.message })}</p>;
      case 'stopped':
        return (
          <p className="form-error">
            {t('errors.stopped', { segment: result.segmentId, language: result.lang, reason: result.reason })}
          </p>
        );
      default:
        return <p className="form-error">{t(`errors.${result.error}`)}</p>;
    }
  }
  const counts = {
    added: result.added,
    changed: result.changed,
    unchanged: result.unchanged,
    conflicting: result.conflicting.length,
  };
  return (
    <div>
      <p>{t(result.applied ? 'applied' : 'checked', counts)}</p>
      {result.conflicting.length > 0 && (
        <>
          <p>{t('conflictsNote')}</p>
          <ul>
            {result.conflicting.map((c) => (
              <li key={`${c.segmentId}-${c.lang}`}>
                {c.segmentId} [{c.lang}]: {t(`reasons.${c.reason === 'source-changed' ? 'sourceChanged' : 'changedSinceExport'}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
