'use client';

import './admin.css';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { type Lang, LANGUAGES } from '@/lib/languages';
import { type Role, ROLES } from '@/lib/review/roles';
import { updateAccessAction } from '@/server/actions/users';

interface Props {
  userId: string;
  email: string;
  role: Role;
  languages: Lang[] | null;
}

/** One user's role and language limits, saved together. */
export function UserAccessForm({ userId, email, role, languages }: Props) {
  const t = useTranslations('Admin');
  const tAuth = useTranslations('Auth');
  const tLang = useTranslations('Languages');
  const [state, action, pending] = useActionState(updateAccessAction, null);
  return (
    <form action={action} className="access-form" aria-label={t('accessOf', { email })}>
      <input type="hidden" name="userId" value={userId} />
      <label>
        <span className="visually-hidden">{t('role')}</span>
        <select name="role" defaultValue={role} aria-label={t('roleOf', { email })}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tAuth(`roles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      {LANGUAGES.map((lang) => (
        <label key={lang} className="inline">
          <input type="checkbox" name="languages" value={lang} defaultChecked={languages === null || languages.includes(lang)} />{' '}
          {tLang(lang)}
        </label>
      ))}
      <button type="submit" className="small-button" disabled={pending}>
        {t('save')}
      </button>
      {state?.ok ? (
        <span role="status" className="form-ok">
          {t('saved')}
        </span>
      ) : null}
      {state?.error ? (
        <span role="alert" className="form-error">
          {t(`errors.${state.error}`)}
        </span>
      ) : null}
    </form>
  );
}
