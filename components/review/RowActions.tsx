'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { Permissions } from '@/lib/review';

interface Props {
  permissions: Permissions;
  dirty: boolean;
  pending: boolean;
  historyOpen: boolean;
  historyId: string;
  rejecting: boolean;
  onSave: () => void;
  onCheck: () => void;
  onReject: () => void;
  onReopen: () => void;
  onToggleHistory: () => void;
}

/**
 * The buttons a person may use on this translation, as lib/review's allowedActions says. A
 * reviewer who may not check their own text sees the button disabled with the reason in words
 * beside it (a tooltip would be invisible to touch and keyboard users).
 */
export function RowActions(props: Props) {
  const { permissions, dirty, pending } = props;
  const t = useTranslations('Review');
  const tRefusal = useTranslations('Refusals');
  const reasonId = useId();
  const check = permissions.check;
  const selfCheck = !check.ok && check.reason === 'self-check';
  return (
    <div className="row-actions">
      {permissions.edit.ok ? (
        <button type="button" className="small-button" disabled={!dirty || pending} onClick={props.onSave}>
          {t('save')}
        </button>
      ) : null}
      {check.ok || selfCheck ? (
        <button
          type="button"
          className="small-button primary"
          disabled={!check.ok || dirty || pending}
          aria-describedby={selfCheck ? reasonId : undefined}
          onClick={props.onCheck}
        >
          {t('check')}
        </button>
      ) : null}
      {permissions.reject.ok && !props.rejecting ? (
        <button type="button" className="small-button" disabled={pending} onClick={props.onReject}>
          {t('reject')}
        </button>
      ) : null}
      {permissions.reopen.ok ? (
        <button type="button" className="small-button" disabled={pending} onClick={props.onReopen}>
          {t('reopen')}
        </button>
      ) : null}
      <button
        type="button"
        className="small-button"
        aria-expanded={props.historyOpen}
        aria-controls={props.historyId}
        onClick={props.onToggleHistory}
      >
        {t('history')}
      </button>
      {selfCheck ? (
        <p id={reasonId} className="refusal-reason">
          {tRefusal('self-check')}
        </p>
      ) : null}
    </div>
  );
}
