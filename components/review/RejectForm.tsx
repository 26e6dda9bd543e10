'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';

interface Props {
  comment: string;
  onComment: (comment: string) => void;
  onSend: () => void;
  onCancel: () => void;
  pending: boolean;
  /** A message key under `FieldErrors` for the comment, from the server's validation. */
  error?: string | undefined;
}

/** Sending a translation back: the reason is required and goes into its history. */
export function RejectForm({ comment, onComment, onSend, onCancel, pending, error }: Props) {
  const t = useTranslations('Review');
  const tField = useTranslations('FieldErrors');
  const id = useId();
  return (
    <div className="reject-form">
      <label htmlFor={`${id}-comment`}>{t('rejectReason')}</label>
      <textarea
        id={`${id}-comment`}
        value={comment}
        onChange={(e) => onComment(e.target.value)}
        rows={2}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {tField(error as 'required')}
        </p>
      ) : null}
      <div className="row-actions">
        <button type="button" className="small-button danger" disabled={pending} onClick={onSend}>
          {t('sendBack')}
        </button>
        <button type="button" className="small-button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
