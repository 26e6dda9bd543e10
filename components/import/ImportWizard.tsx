'use client';

import './import.css';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState, useTransition } from 'react';
import { useRouter } from '@/i18n/navigation';
import { ID_PATTERN } from '@/lib/content/schema';
import { draftProblems, type ImportDraft } from '@/lib/import';
import { alignTexts, createImportedDocument } from '@/server/actions/import';
import { AlignmentEditor } from './AlignmentEditor';
import { type TextInput, TextSource } from './TextSource';

/**
 * Import in three steps: the texts in, the proposed alignment checked and fixed, the document
 * created. Nothing is written before the last step, and then all of it at once.
 */
export function ImportWizard() {
  const t = useTranslations('Import');
  const router = useRouter();
  const [id, setId] = useState('');
  const [lines, setLines] = useState(false);
  const [source, setSource] = useState<TextInput>({ lang: 'en', text: '' });
  const [first, setFirst] = useState<TextInput>({ lang: 'zh', text: '' });
  const [second, setSecond] = useState<TextInput>({ lang: 'ru', text: '' });
  const [draft, setDraft] = useState<ImportDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [aligning, startAligning] = useTransition();
  const [creating, startCreating] = useTransition();

  const targets = [first, second].filter((x) => x.lang !== '' && x.text.trim() !== '');
  const paragraphCount = [source, ...targets].reduce((n, x) => n + x.text.split(/\n\s*\n/).filter((p) => p.trim()).length, 0);

  function align(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const fields: Record<string, string> = {};
    if (!ID_PATTERN.test(id)) fields.id = t('errors.badId');
    if (!source.text.trim()) fields.source = t('errors.emptyText');
    if (targets.length === 0) fields.first = t('errors.needTranslation');
    setFieldErrors(fields);
    if (Object.keys(fields).length > 0) return;
    startAligning(async () => {
      const result = await alignTexts({
        lines,
        source: { lang: source.lang, text: source.text },
        targets: targets.map((x) => ({ lang: x.lang, text: x.text })),
      });
      if (result.ok) setDraft(result.draft);
      else setError(t(`errors.${result.error}`));
    });
  }

  function create() {
    if (!draft) return;
    setError(null);
    startCreating(async () => {
      const result = await createImportedDocument({ id, draft });
      if (result.ok) router.push(`/read/${result.id}`);
      else setError(t(`errors.${result.error}`));
    });
  }

  if (draft) {
    const blocked = draftProblems(draft).length > 0;
    return (
      <div className="import-step">
        <h2>{t('checkTitle')}</h2>
        <p className="lead">{t('checkIntro')}</p>
        <AlignmentEditor draft={draft} onChange={setDraft} />
        {error ? (
          <p role="alert" className="form-error">
            {error}
          </p>
        ) : null}
        <div className="row-actions">
          <button type="button" className="button" disabled={blocked || creating} onClick={create}>
            {t('create', { rows: draft.rows.length })}
          </button>
          <button type="button" className="small-button" onClick={() => setDraft(null)}>
            {t('back')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="import-step" onSubmit={align} noValidate>
      <div className="field">
        <label htmlFor="import-id">{t('id')}</label>
        <input
          id="import-id"
          value={id}
          onChange={(e) => setId(e.target.value.trim())}
          aria-invalid={fieldErrors.id ? true : undefined}
          aria-describedby="import-id-hint"
        />
        <p id="import-id-hint" className={fieldErrors.id ? 'field-error' : 'hint'}>
          {fieldErrors.id ?? t('idHint')}
        </p>
      </div>
      <div className="import-texts">
        <TextSource
          legend={t('source')}
          value={source}
          onChange={(v) => setSource({ ...v, lang: v.lang || 'en' })}
          error={fieldErrors.source}
        />
        <TextSource legend={t('translation', { n: 1 })} value={first} onChange={setFirst} error={fieldErrors.first} />
        <TextSource legend={t('translation', { n: 2 })} value={second} onChange={setSecond} optional />
      </div>
      <label className="inline">
        <input type="checkbox" checked={lines} onChange={(e) => setLines(e.target.checked)} /> {t('lines')}
      </label>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <div className="row-actions">
        <button type="submit" className="button" disabled={aligning}>
          {t('align')}
        </button>
      </div>
      {aligning ? (
        <div role="status" className="aligning">
          <progress aria-label={t('aligning', { count: paragraphCount })} />
          <span>{t('aligning', { count: paragraphCount })}</span>
        </div>
      ) : null}
    </form>
  );
}
