'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { signIn } from '@/server/actions/auth';
import { FieldError } from './FieldError';

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations('Auth');
  const [state, action, pending] = useActionState(signIn, null);
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={action} className="stack-form" noValidate>
      <input type="hidden" name="next" value={next} />
      {state?.error && state.error !== 'invalid' ? (
        <p role="alert" className="form-error">
          {state.error === 'throttled' ? t('errors.throttled', { minutes: state.minutes ?? 15 }) : t(`errors.${state.error}`)}
        </p>
      ) : null}
      <label htmlFor="email">{t('email')}</label>
      <input
        id="email"
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state?.email ?? ''}
        aria-invalid={errors.email ? true : undefined}
        aria-describedby={errors.email ? 'email-error' : undefined}
      />
      <FieldError id="email-error" error={errors.email} />
      <label htmlFor="password">{t('password')}</label>
      <input
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        aria-invalid={errors.password ? true : undefined}
        aria-describedby={errors.password ? 'password-error' : undefined}
      />
      <FieldError id="password-error" error={errors.password} />
      <button type="submit" className="button" disabled={pending}>
        {t('signIn')}
      </button>
    </form>
  );
}
