'use client';

import './admin.css';
import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { FieldError } from '@/components/auth/FieldError';
import { isolate } from '@/lib/text/rules';
import { resetPasswordAction, setDeactivatedAction, unlockSignInAction, type UserFormState } from '@/server/actions/users';

interface Props {
  userId: string;
  email: string;
  deactivated: boolean;
  /** Seconds until sign-in is allowed again; 0 when it is. */
  lockedFor: number;
}

function Outcome({ state }: { state: UserFormState }) {
  const t = useTranslations('Admin');
  if (state?.ok && state.done) {
    return (
      <p role="status" className="form-ok">
        {t(state.done)}
      </p>
    );
  }
  if (state?.error && state.error !== 'invalid') {
    return (
      <p role="alert" className="form-error">
        {t(`errors.${state.error}`)}
      </p>
    );
  }
  return null;
}

/** One account's state and an admin's actions on it: set a password, deactivate or reactivate, lift a sign-in lock. */
export function UserAccountForm({ userId, email, deactivated, lockedFor }: Props) {
  const t = useTranslations('Admin');
  const id = useId();
  const [reset, resetAction, resetting] = useActionState(resetPasswordAction, null);
  const [active, activeAction, switching] = useActionState(setDeactivatedAction, null);
  const [unlock, unlockAction, unlocking] = useActionState(unlockSignInAction, null);
  const passwordError = reset?.fieldErrors?.password;
  return (
    <div className="account-forms" role="group" aria-label={t('accountOf', { email: isolate(email) })}>
      <p className="account-state">
        {deactivated ? t('deactivatedLabel') : t('active')}
        {lockedFor > 0 ? ` · ${t('lockedFor', { minutes: Math.ceil(lockedFor / 60) })}` : ''}
      </p>
      <form action={resetAction} className="inline-form" key={reset?.ok ? 'done' : 'form'}>
        <input type="hidden" name="userId" value={userId} />
        <label htmlFor={`${id}-password`}>{t('newPassword')}</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? `${id}-password-error` : undefined}
        />
        <button type="submit" className="small-button" disabled={resetting}>
          {t('resetPassword')}
        </button>
        <FieldError id={`${id}-password-error`} error={passwordError} />
        <Outcome state={reset} />
      </form>
      <form action={activeAction} className="inline-form">
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="deactivate" value={deactivated ? 'false' : 'true'} />
        <button type="submit" className="small-button" disabled={switching}>
          {deactivated ? t('reactivate') : t('deactivate')}
        </button>
        <Outcome state={active} />
      </form>
      {lockedFor > 0 || unlock?.ok ? (
        <form action={unlockAction} className="inline-form">
          <input type="hidden" name="userId" value={userId} />
          {lockedFor > 0 ? (
            <button type="submit" className="small-button" disabled={unlocking}>
              {t('unlock')}
            </button>
          ) : null}
          <Outcome state={unlock} />
        </form>
      ) : null}
    </div>
  );
}
