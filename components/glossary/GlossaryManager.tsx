'use client';

import './glossary.css';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { useRouter } from '@/i18n/navigation';
import type { GlossaryEntry } from '@/lib/glossary/model';
import { splitTerms } from '@/lib/glossary/schema';
import { LANG_TAG, LANGUAGES } from '@/lib/languages';
import { type GlossaryResult, importGlossary, removeGlossaryEntry, saveGlossaryEntry } from '@/server/actions/glossary';

interface Props {
  documentId: string | null;
  documents: string[];
  entries: GlossaryEntry[];
  canEdit: boolean;
}

/** The glossary as a table, with a scope picker, an entry form, TBX import and export. */
export function GlossaryManager({ documentId, documents, entries, canEdit }: Props) {
  const t = useTranslations('Glossary');
  const tLang = useTranslations('Languages');
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [editing, setEditing] = useState<GlossaryEntry | null>(null);
  const [pending, setPending] = useState(false);

  async function act(run: () => Promise<GlossaryResult>, success: (r: Extract<GlossaryResult, { ok: true }>) => string) {
    setPending(true);
    setMessage(null);
    try {
      const result = await run();
      if (result.ok) {
        setMessage({ tone: 'success', text: success(result) });
        setEditing(null);
        router.refresh();
      } else setMessage({ tone: 'error', text: t(`errors.${result.error}`) });
    } catch {
      setMessage({ tone: 'error', text: t('errors.failed') });
    } finally {
      setPending(false);
    }
  }

  function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const field = (name: string) => splitTerms(String(data.get(name) ?? ''));
    const input = {
      ...(editing ? { id: editing.id } : {}),
      documentId,
      terms: Object.fromEntries(LANGUAGES.map((l) => [l, field(`terms-${l}`)])),
      forbidden: Object.fromEntries(LANGUAGES.map((l) => [l, field(`forbidden-${l}`)])),
      note: String(data.get('note') ?? ''),
    };
    const form = event.currentTarget;
    void act(
      () => saveGlossaryEntry(input),
      () => {
        form.reset();
        return t('saved');
      },
    );
  }

  async function onImport(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('tbx');
    if (!(file instanceof File) || file.size === 0) return;
    const tbx = await file.text();
    void act(
      () => importGlossary({ documentId, tbx }),
      (r) => t('imported', { count: r.count, skipped: r.skipped ?? 0 }),
    );
  }

  const exportHref = `/api/glossary/export${documentId ? `?doc=${encodeURIComponent(documentId)}` : ''}`;
  return (
    <div className="glossary">
      <form method="get" className="glossary-scope" onChange={(e) => e.currentTarget.requestSubmit()}>
        <label>
          {t('scope')}{' '}
          <select name="doc" defaultValue={documentId ?? ''}>
            <option value="">{t('global')}</option>
            {documents.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>{' '}
        <a className="small-button" href={exportHref} download>
          {t('export')}
        </a>
      </form>
      {message ? (
        <p className={message.tone === 'error' ? 'field-error' : 'notice'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      {entries.length === 0 ? <p className="muted">{t('empty')}</p> : null}
      <ol className="glossary-entries">
        {entries.map((entry, i) => (
          <li key={entry.id} className="glossary-entry" aria-label={t('entry', { number: i + 1 })}>
            <dl>
              {LANGUAGES.filter((l) => entry.terms[l]?.length || entry.forbidden[l]?.length).map((l) => (
                <div key={l}>
                  <dt>{tLang(l)}</dt>
                  <dd lang={LANG_TAG[l]}>
                    {entry.terms[l]?.join(' / ')}
                    {entry.forbidden[l]?.length ? (
                      <span className="glossary-forbidden">
                        {' '}
                        <span lang={undefined}>{t('notThese')}</span> <s>{entry.forbidden[l]?.join(', ')}</s>
                      </span>
                    ) : null}
                  </dd>
                </div>
              ))}
            </dl>
            {entry.note ? <p className="muted">{entry.note}</p> : null}
            {canEdit ? (
              <p>
                <button type="button" className="link-button" onClick={() => setEditing(entry)}>
                  {t('edit')}
                </button>{' '}
                <button
                  type="button"
                  className="link-button"
                  disabled={pending}
                  onClick={() =>
                    void act(
                      () => removeGlossaryEntry({ id: entry.id }),
                      () => t('deleted'),
                    )
                  }
                >
                  {t('delete')}
                </button>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {canEdit ? (
        <>
          <form className="glossary-form" onSubmit={onSave} key={editing?.id ?? 'new'}>
            <h2>{editing ? t('edit') : t('add')}</h2>
            <p className="muted">{t('termsHint')}</p>
            {LANGUAGES.map((l) => (
              <div key={l} className="glossary-fields">
                <label>
                  {t('terms', { language: tLang(l) })}
                  <input name={`terms-${l}`} lang={LANG_TAG[l]} defaultValue={editing?.terms[l]?.join('; ') ?? ''} />
                </label>
                <label>
                  {t('forbidden', { language: tLang(l) })}
                  <input name={`forbidden-${l}`} lang={LANG_TAG[l]} defaultValue={editing?.forbidden[l]?.join('; ') ?? ''} />
                </label>
              </div>
            ))}
            <label>
              {t('note')}
              <textarea name="note" rows={2} defaultValue={editing?.note ?? ''} />
            </label>
            <p>
              <button type="submit" className="small-button primary" disabled={pending}>
                {t('save')}
              </button>{' '}
              {editing ? (
                <button type="button" className="small-button" onClick={() => setEditing(null)}>
                  {t('cancel')}
                </button>
              ) : null}
            </p>
          </form>
          <form className="glossary-import" onSubmit={(e) => void onImport(e)}>
            <h2>{t('import')}</h2>
            <label>
              {t('importFile')} <input type="file" name="tbx" accept=".tbx,.xml,application/xml" />
            </label>{' '}
            <button type="submit" className="small-button" disabled={pending}>
              {t('import')}
            </button>
          </form>
        </>
      ) : (
        <p className="notice">{t('signInToEdit')}</p>
      )}
    </div>
  );
}
