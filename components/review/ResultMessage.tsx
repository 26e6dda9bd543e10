'use client';

import { useTranslations } from 'next-intl';
import { type CommandResult, describeResult } from '@/lib/review/result';
import { isolate } from '@/lib/text/rules';

/** A command's outcome in words. */
export type Outcome = CommandResult | 'failed';

/** The text of an outcome in the UI language: one mapping (lib/review's describeResult) for every UI. */
export function useOutcomeText() {
  const t = useTranslations();
  return (outcome: Outcome): string => {
    if (outcome === 'failed') return t('Review.failed');
    const message = describeResult(outcome);
    if (message.tone === 'conflict') return t(message.key, { ...message.values, name: isolate(message.values.name) });
    return 'values' in message ? t(message.key, message.values) : t(message.key);
  };
}

/**
 * Shows what happened: a success politely (a status for screen readers), a refusal or failure
 * as an alert. Visible text, never only a tooltip.
 */
export function ResultMessage({ outcome, id }: { outcome: Outcome | null; id?: string }) {
  const text = useOutcomeText();
  if (outcome === null) return null;
  const success = outcome !== 'failed' && outcome.ok;
  return (
    <p id={id} role={success ? 'status' : 'alert'} className={success ? 'form-success' : 'form-error'}>
      {text(outcome)}
    </p>
  );
}
