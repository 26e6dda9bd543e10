'use client';

import './import.css';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState, useTransition } from 'react';
import { Link, useRouter } from '@/i18n/navigation';
import { draftProblems, idProblem, type ImportDraft, suggestId } from '@/lib/import';
import type { Lang } from '@/lib/languages';
import { alignTexts, createImportedDocument } from '@/server/actions/import';
import { AlignmentEditor } from './AlignmentEditor';
import { DocumentIdentity } from './DocumentIdentity';
import { type TextInput, TextSource } from './TextSource';

type Slot = 'source' | 'first' | 'second';

/**
 * Import in three steps: the texts in, the proposed alignment checked and fixed (with the
 * title and the id), the document created. Nothing is written before the last step, and then
 * all of it at once.
 */
export function ImportWizard() {
  const t = useTranslations('Import');
  const router = useRouter();
  const [lines, setLines] = useState(false);
  const [texts, setTexts] = useState<Record<Slot, TextInput>>({
    source: { lang: 'en', text: '' },
    first: { lang: 'zh', text: '' },
    second: { lang: 'ru', text: '' },
  });
  const [draft, setDraft] = useState<ImportDraft | null>(null);
  /** The id as the person typed it; null while it follows the title. */
  const [typedId, setTypedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [aligning, startAligning] = useTransition();
  const [creating, startCreating] = useTransition();
  /** Created with translations filled in from memory: said before the reader opens. */
  const [created, setCreated] = useState<{ id: string; preTranslated: number } | null>(null);

  const { source, first, second } = texts;
  const targets = [first, second].filter((x) => x.lang !== '' && x.text.trim() !== '');
  const paragraphCount = [source, ...targets].reduce((n, x) => n + x.text.split(/\n\s*\n/).filter((p) => p.trim()).length, 0);
  const set = (slot: Slot) => (value: TextInput) => setTexts((all) => ({ ...all, [slot]: value }));

  /** One click fixes a swap: the text gets the detected language, and a text that had it gets this one's. */
  const adoptLanguage = (slot: Slot) => (lang: Lang) =>
    setTexts((all) => {
      const was = all[slot].lang;
      const next = { ...all, [slot]: { ...all[slot], lang } };
      for (const other of ['source', 'first', 'second'] as const) {
        if (other !== slot && all[other].lang === lang) next[other] = { ...all[other], lang: was };
      }
      return next;
    });

  function align(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const fields: Record<string, string> = {};
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

  if (created) {
    return (
      <div className="import-step" role="status">
        <h2>{t('created', { id: created.id })}</h2>
        <p>{t('preTranslated', { count: created.preTranslated })}</p>
        <Link href={`/read/${created.id}`} className="button">
          {t('openDocument')}
        </Link>
      </div>
    );
  }

  if (draft) {
    const id = typedId ?? suggestId(draft.title ?? {}, draft.languages);
    const create = () => {
      setError(null);
      startCreating(async () => {
        const result = await createImportedDocument({ id, draft });
        if (result.ok && result.preTranslated > 0) setCreated(result);
        else if (result.ok) router.push(`/read/${result.id}`);
        else if (result.error === 'deletedId') setError(t('errors.deletedId', { id }));
        else setError(t(`errors.${result.error}`));
      });
    };
    const blocked = draftProblems(draft).length > 0 || idProblem(id) !== undefined;
    return (
      <div className="import-step">
        <h2>{t('checkTitle')}</h2>
        <p className="lead">{t('checkIntro')}</p>
        <DocumentIdentity draft={draft} onChange={setDraft} id={id} onIdChange={setTypedId} />
        <AlignmentEditor draft={draft} onChange={setDraft} />
        {error ? (
          <p role="alert" className="form-error">
            {error}
          </p>
        ) : null}
        <div className="row-actions">
          <button type="button" className="button" disabled={blocked || creating} onClick={create}>
            {t('create', { rows: draft.rows.length + (draft.title?.[draft.sourceLang] ? 1 : 0) })}
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
      <div className="import-texts">
        <TextSource
          legend={t('source')}
          value={source}
          onChange={(v) => set('source')({ ...v, lang: v.lang || 'en' })}
          onUseLanguage={adoptLanguage('source')}
          error={fieldErrors.source}
        />
        <TextSource
          legend={t('translation', { n: 1 })}
          value={first}
          onChange={set('first')}
          onUseLanguage={adoptLanguage('first')}
          error={fieldErrors.first}
        />
        <TextSource
          legend={t('translation', { n: 2 })}
          value={second}
          onChange={set('second')}
          onUseLanguage={adoptLanguage('second')}
          optional
        />
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
