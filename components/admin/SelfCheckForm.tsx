'use client';

import './admin.css';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { setSelfCheckAction } from '@/server/actions/users';

export function SelfCheckForm({ allowed }: { allowed: boolean }) {
  const t = useTranslations('Admin');
  const [state, action, pending] = useActionState(setSelfCheckAction, null);
  return (
    <form action={action} className="access-form">
      <label className="inline">
        <input type="checkbox" name="allowSelfCheck" defaultChecked={allowed} /> {t('allowSelfCheck')}
      </label>
      <button type="submit" className="small-button" disabled={pending}>
        {t('save')}
      </button>
      {state?.ok ? (
        <span role="status" className="form-ok">
          {t('saved')}
        </span>
      ) : null}
    </form>
  );
}
