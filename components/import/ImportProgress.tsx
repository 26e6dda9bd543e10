'use client';

import { useTranslations } from 'next-intl';

export type ProgressStep = 'uploadTexts' | 'read' | 'align' | 'draft' | 'uploadDraft' | 'prepare' | 'write';

interface Props {
  percent: number;
  step: ProgressStep;
  cancelling: boolean;
  onCancel: () => void;
}

/** The running job: a real percentage, the step it is at, and a way to stop it. */
export function ImportProgress({ percent, step, cancelling, onCancel }: Props) {
  const t = useTranslations('Import');
  const label = t(`steps.${step}`);
  return (
    <div className="import-progress">
      <progress
        value={percent}
        max={100}
        aria-label={t('progressLabel')}
        aria-valuetext={t('progress', { percent, step: label })}
      />
      {/* The step is announced when it changes; the percentage would be read out every moment. */}
      <p aria-hidden="true">{t('progress', { percent, step: label })}</p>
      <p role="status" className="visually-hidden">
        {cancelling ? t('cancelling') : label}
      </p>
      <button type="button" className="small-button" onClick={onCancel} disabled={cancelling}>
        {t('cancel')}
      </button>
    </div>
  );
}
