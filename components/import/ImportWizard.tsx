'use client';

import './import.css';
import { useTranslations } from 'next-intl';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { Link, useRouter } from '@/i18n/navigation';
import { formatBytes, IMPORT_DOCUMENTS_PATH, IMPORT_TEXTS_PATH, MAX_UPLOAD_FILE } from '@/lib/http/limits';
import { draftProblems, idProblem, type ImportDraft, suggestId } from '@/lib/import';
import { ALIGN_STEPS, CREATE_STEPS, progressPercent } from '@/lib/import/progress';
import type { Lang } from '@/lib/languages';
import type { JobView } from '@/server/actions/import-jobs';
import { AlignmentEditor } from './AlignmentEditor';
import { DocumentIdentity } from './DocumentIdentity';
import { ImportProgress, type ProgressStep } from './ImportProgress';
import { type TextInput, TextSource } from './TextSource';
import { cancelJob, followJob, send } from './transfer';

type Slot = 'source' | 'first' | 'second';

/** A running upload or job, as the progress bar shows it. */
interface Running {
  kind: 'align' | 'create';
  percent: number;
  step: ProgressStep;
  cancelling: boolean;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Import in three steps: the texts in, the proposed alignment checked and fixed (with the
 * title and the id), the document created. Nothing is written before the last step, and then
 * all of it at once. Texts of any size up to a book go the same way: each is uploaded as a
 * file (POST /api/import/texts), aligned in a job on the server, and the checked draft is sent
 * back (POST /api/import/documents) to be created in a job; the wizard shows each one's
 * percentage and can cancel it.
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
  const [running, setRunning] = useState<Running | null>(null);
  /** Aborts the upload or the polling of what runs now. */
  const abort = useRef<AbortController | null>(null);
  /** The server job running now, to cancel. */
  const job = useRef<string | null>(null);
  /** Created with translations filled in from memory: said before the reader opens. */
  const [created, setCreated] = useState<{ id: string; preTranslated: number } | null>(null);

  const { source, first, second } = texts;
  const targets = [first, second].filter((x) => x.lang !== '' && x.text.trim() !== '');
  // Counted once per change of the texts, not on every progress event (a book is 6 MB of text).
  const paragraphCount = useMemo(
    () =>
      [texts.source, texts.first, texts.second]
        .filter((x, n) => n === 0 || (x.lang !== '' && x.text.trim() !== ''))
        .reduce((n, x) => n + x.text.split(/\n\s*\n/).filter((p) => p.trim()).length, 0),
    [texts],
  );
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
    void runAlignment();
  }

  function jobError(view: JobView): string {
    if (view.error === 'deletedId') return t('errors.deletedId', { id: typedId ?? '' });
    return t(`errors.${view.error ?? 'failed'}`);
  }

  /** Runs `work` with a fresh abort signal and the progress bar, and shows what went wrong. */
  async function track(kind: Running['kind'], step: ProgressStep, work: (signal: AbortSignal) => Promise<void>) {
    const controller = new AbortController();
    abort.current = controller;
    job.current = null;
    setRunning({ kind, step, percent: 0, cancelling: false });
    try {
      await work(controller.signal);
    } catch (cause) {
      setError(isAbort(cause) ? t('cancelled') : t('errors.network'));
    } finally {
      abort.current = null;
      job.current = null;
      setRunning(null);
    }
  }

  /** Follows a job to its end, the bar showing its percentage. */
  async function follow(view: JobView, step: (s: string) => ProgressStep, signal: AbortSignal): Promise<JobView> {
    job.current = view.job;
    return followJob(
      view.job,
      (v) => setRunning((r) => r && { ...r, percent: v.percent, step: r.cancelling ? r.step : step(v.step) }),
      signal,
    );
  }

  /**
   * Cancel: an upload is aborted at once; a server job is asked to stop and the bar stays until
   * the poll sees it stopped (at its next chunk, having removed what it wrote).
   */
  function cancel() {
    setRunning((r) => r && { ...r, cancelling: true });
    const id = job.current;
    if (id) void cancelJob(id).catch(() => abort.current?.abort());
    else abort.current?.abort();
  }

  function runAlignment() {
    const parts = [source, ...targets];
    const blobs = parts.map((x) => new Blob([x.text], { type: 'text/plain; charset=utf-8' }));
    const total = blobs.reduce((n, b) => n + b.size, 0);
    return track('align', 'uploadTexts', async (signal) => {
      const uploads: string[] = [];
      let before = 0;
      for (const [n, blob] of blobs.entries()) {
        const name = parts[n]?.name ?? (n === 0 ? t('source') : t('translation', { n }));
        if (blob.size > MAX_UPLOAD_FILE) {
          setError(t('errors.tooLarge', { file: name, size: formatBytes(MAX_UPLOAD_FILE) }));
          return;
        }
        const answer = await send<{ upload: string }>('POST', `${IMPORT_TEXTS_PATH}?name=${encodeURIComponent(name)}`, blob, {
          signal,
          onSent: (sent) =>
            setRunning((r) => r && { ...r, percent: progressPercent(ALIGN_STEPS, 'upload', before + sent, total) }),
        });
        if (!answer.ok) {
          const code = answer.body?.error;
          setError(
            code === 'not-utf8' || code === 'binary'
              ? t(code === 'binary' ? 'errors.binary' : 'errors.notUtf8', { file: name })
              : code === 'too-large'
                ? t('errors.tooLarge', { file: name, size: formatBytes(MAX_UPLOAD_FILE) })
                : code === 'empty'
                  ? t('errors.emptyText')
                  : t(answer.status === 401 || answer.status === 403 ? 'errors.forbidden' : 'errors.invalid'),
          );
          return;
        }
        uploads.push(answer.body.upload);
        before += blob.size;
      }
      // The server reads the texts as soon as the job starts (its first answer may wait for that).
      setRunning((r) => r && { ...r, step: 'read', percent: progressPercent(ALIGN_STEPS, 'read', 0, 1) });
      const started = await startJob('/api/import/jobs', {
        lines,
        source: { lang: source.lang, upload: uploads[0] },
        targets: targets.map((x, n) => ({ lang: x.lang, upload: uploads[n + 1] })),
      });
      if (!started) return;
      const view = await follow(started, (s) => (s === 'align' ? 'align' : s === 'draft' ? 'draft' : 'read'), signal);
      if (view.state === 'done' && view.draft) setDraft(view.draft);
      else if (view.state === 'cancelled') setError(t('cancelled'));
      else if (view.error === 'emptyText')
        setFieldErrors({ [view.field === 'source' ? 'source' : 'first']: t('errors.emptyText') });
      else setError(jobError(view));
    });
  }

  /** Starts a job with a small JSON body (the uploads' ids); null when refused (the error is shown). */
  async function startJob(url: string, body: unknown): Promise<JobView | null> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json().catch(() => null)) as { job?: JobView; error?: string } | null;
    if (response.ok && answer?.job) return answer.job;
    const code = answer?.error;
    setError(t(code === 'sameLanguage' || code === 'busy' || code === 'forbidden' ? `errors.${code}` : 'errors.invalid'));
    return null;
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
      const body = new Blob([JSON.stringify({ id, draft })], { type: 'application/json' });
      void track('create', 'uploadDraft', async (signal) => {
        const answer = await send<{ job: JobView }>('POST', IMPORT_DOCUMENTS_PATH, body, {
          signal,
          // Once every byte is sent the server checks the rows before it answers: that is preparing.
          onSent: (sent) =>
            setRunning(
              (r) =>
                r && {
                  ...r,
                  step: sent >= body.size ? 'prepare' : r.step,
                  percent: progressPercent(CREATE_STEPS, 'upload', sent, body.size),
                },
            ),
        });
        if (!answer.ok) {
          const code = answer.body?.error;
          setError(t(code === 'busy' || code === 'forbidden' ? `errors.${code}` : 'errors.invalid'));
          return;
        }
        // The server prepares the rows at once; a poll may wait while it does.
        setRunning((r) => r && { ...r, step: 'prepare', percent: answer.body.job.percent });
        const view = await follow(answer.body.job, (s) => (s === 'write' ? 'write' : 'prepare'), signal);
        if (view.state === 'done' && view.id && view.preTranslated)
          setCreated({ id: view.id, preTranslated: view.preTranslated });
        else if (view.state === 'done' && view.id) router.push(`/read/${view.id}`);
        else if (view.state === 'cancelled') setError(t('cancelled'));
        else if (view.error === 'deletedId') setError(t('errors.deletedId', { id }));
        else setError(jobError(view));
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
          <button type="button" className="button" disabled={blocked || running !== null} onClick={create}>
            {t('create', { rows: draft.rows.length + (draft.title?.[draft.sourceLang] ? 1 : 0) })}
          </button>
          <button type="button" className="small-button" disabled={running !== null} onClick={() => setDraft(null)}>
            {t('back')}
          </button>
        </div>
        {running ? <ImportProgress {...running} onCancel={cancel} /> : null}
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
        <button type="submit" className="button" disabled={running !== null}>
          {t('align')}
        </button>
      </div>
      {running ? (
        <>
          <p className="aligning">{t('aligning', { count: paragraphCount })}</p>
          <ImportProgress {...running} onCancel={cancel} />
        </>
      ) : null}
    </form>
  );
}
