'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState } from 'react';
import { revokeApiTokenAction } from '@/server/actions/tokens';

/** Revoke, then a confirmation in place (confirm or cancel); focus moves to what appears. */
export function RevokeTokenForm({ id, name }: { id: string; name: string }) {
  const t = useTranslations('Account');
  const [asking, setAsking] = useState(false);
  const [state, action, pending] = useActionState(revokeApiTokenAction, null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const revokeRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) revokeRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={revokeRef}
        type="button"
        className="small-button"
        onClick={() => setAsking(true)}
        aria-label={t('revokeNamed', { name })}
      >
        {t('revoke')}
      </button>
    );
  }
  return (
    <form action={action} className="token-revoke" role="group" aria-labelledby={`revoke-${id}`}>
      <input type="hidden" name="id" value={id} />
      <p id={`revoke-${id}`}>{t('revokeConfirm', { name })}</p>
      <button ref={confirmRef} type="submit" className="small-button danger" disabled={pending}>
        {t('revokeYes')}
      </button>
      <button type="button" className="small-button" onClick={() => setAsking(false)}>
        {t('cancel')}
      </button>
      {state && !state.ok ? (
        <p role="alert" className="form-error">
          {t(`errors.${state.error}`)}
        </p>
      ) : null}
    </form>
  );
}
