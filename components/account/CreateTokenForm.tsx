'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { FieldError } from '@/components/auth/FieldError';
import { MAX_TOKEN_NAME_LENGTH } from '@/lib/api/tokens';
import { createApiTokenAction } from '@/server/actions/tokens';

/** Names and makes a token, then shows its secret once, with a copy button. */
export function CreateTokenForm() {
  const t = useTranslations('Account');
  const [state, action, pending] = useActionState(createApiTokenAction, null);
  const [copied, setCopied] = useState(false);
  const secret = state?.ok && 'token' in state ? state : null;
  const nameError = state && !state.ok && state.field === 'name' ? (state.key ?? 'invalid') : undefined;

  async function copy(token: string) {
    try {
      await navigator.clipboard.writeText(token);
      setCopied(true);
    } catch {
      // No clipboard here (plain http, permissions): the field is selected, so Ctrl+C copies it.
      (document.getElementById('new-token-secret') as HTMLTextAreaElement | null)?.select();
    }
  }

  return (
    <div className="token-create">
      <form action={action} className="stack-form token-form" noValidate key={secret ? secret.token : 'form'}>
        <div className="field">
          <label htmlFor="token-name">{t('name')}</label>
          <input
            id="token-name"
            name="name"
            type="text"
            autoComplete="off"
            required
            maxLength={MAX_TOKEN_NAME_LENGTH}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? 'token-name-error' : 'token-name-hint'}
          />
          <p id="token-name-hint" className="hint">
            {t('nameHint')}
          </p>
          <FieldError id="token-name-error" error={nameError} />
        </div>
        {state && !state.ok && state.error !== 'invalid' ? (
          <p role="alert" className="form-error">
            {t(`errors.${state.error}`)}
          </p>
        ) : null}
        <button type="submit" className="button" disabled={pending}>
          {t('create')}
        </button>
      </form>
      {secret ? (
        <section className="token-secret" aria-labelledby="token-secret-heading">
          <h3 id="token-secret-heading">{t('secretHeading', { name: secret.name })}</h3>
          <p className="notice">{t('secretOnce')}</p>
          <div className="token-secret-row">
            <label htmlFor="new-token-secret" className="visually-hidden">
              {t('secretLabel')}
            </label>
            <textarea
              id="new-token-secret"
              className="token-secret-value"
              readOnly
              rows={2}
              value={secret.token}
              lang="en"
              translate="no"
              spellCheck={false}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" className="button" onClick={() => copy(secret.token)}>
              {t('copy')}
            </button>
          </div>
          <p role="status" className="form-success">
            {copied ? t('copied') : ''}
          </p>
        </section>
      ) : null}
    </div>
  );
}
