'use client';

import './admin.css';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FieldError } from '@/components/auth/FieldError';
import { LANGUAGES } from '@/lib/languages';
import { ROLES } from '@/lib/review/roles';
import { createUserAction } from '@/server/actions/users';

export function NewUserForm() {
  const t = useTranslations('Admin');
  const tAuth = useTranslations('Auth');
  const tLang = useTranslations('Languages');
  const [state, action, pending] = useActionState(createUserAction, null);
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={action} className="stack-form" noValidate key={state?.ok ? 'reset' : 'form'}>
      {state?.ok ? (
        <p role="status" className="form-ok">
          {t('created')}
        </p>
      ) : null}
      {state?.error === 'forbidden' || state?.error === 'busy' ? (
        <p role="alert" className="form-error">
          {t(`errors.${state.error}`)}
        </p>
      ) : null}
      {(['name', 'email', 'password'] as const).map((name) => (
        <div key={name} className="field">
          <label htmlFor={`new-${name}`}>{tAuth(name)}</label>
          <input
            id={`new-${name}`}
            name={name}
            type={name === 'password' ? 'password' : name === 'email' ? 'email' : 'text'}
            autoComplete={name === 'password' ? 'new-password' : 'off'}
            required
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={errors[name] ? `new-${name}-error` : undefined}
          />
          <FieldError id={`new-${name}-error`} error={errors[name]} />
        </div>
      ))}
      <div className="field">
        <label htmlFor="new-role">{t('role')}</label>
        <select id="new-role" name="role" defaultValue="translator">
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {tAuth(`roles.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{t('languages')}</legend>
        {LANGUAGES.map((lang) => (
          <label key={lang} className="inline">
            <input type="checkbox" name="languages" value={lang} /> {tLang(lang)}
          </label>
        ))}
        <p className="hint">{t('languagesHint')}</p>
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        {t('create')}
      </button>
    </form>
  );
}
