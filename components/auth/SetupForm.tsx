'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { setUpFirstAdmin } from '@/server/actions/auth';
import { FieldError } from './FieldError';

export function SetupForm() {
  const t = useTranslations('Auth');
  const [state, action, pending] = useActionState(setUpFirstAdmin, null);
  const errors = state?.fieldErrors ?? {};
  const field = (name: 'name' | 'email' | 'password', type: string, autoComplete: string) => (
    <>
      <label htmlFor={`setup-${name}`}>{t(name)}</label>
      <input
        id={`setup-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required
        defaultValue={name === 'password' ? undefined : (state?.[name] ?? '')}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `setup-${name}-error` : undefined}
      />
      <FieldError id={`setup-${name}-error`} error={errors[name]} />
    </>
  );
  return (
    <form action={action} className="stack-form" noValidate>
      {state?.error && state.error !== 'invalid' ? (
        <p role="alert" className="form-error">
          {state.error === 'throttled' ? t('errors.throttled', { minutes: state.minutes ?? 15 }) : t(`errors.${state.error}`)}
        </p>
      ) : null}
      {field('name', 'text', 'name')}
      {field('email', 'email', 'username')}
      {field('password', 'password', 'new-password')}
      <p className="hint">{t('passwordHint')}</p>
      <button type="submit" className="button" disabled={pending}>
        {t('createAdmin')}
      </button>
    </form>
  );
}
