import { randomUUID } from 'node:crypto';
import { splitParagraphs } from '@/lib/align';
import { draftToDocument, type DocumentProblem, type ImportDraft } from '@/lib/import';
import { ALIGN_STEPS, CREATE_STEPS, progressPercent } from '@/lib/import/progress';
import type { Lang } from '@/lib/languages';
import { DocumentExistsError, importContentDocument } from '../content/import';
import { getDb } from '../database';
import { isDatabaseBusy } from '../db/busy';
import { alignDraft } from './align-off-thread';
import { takeUpload } from './uploads';

/**
 * The import wizard's long work as jobs in this server process: aligning the uploaded texts,
 * and creating the document from the checked draft. Each reports its step and a percentage,
 * and stops when cancelled (at the next step, or the next chunk of rows written: a document
 * cancelled half-way is removed whole, never seen). Jobs live in memory and are forgotten a
 * while after they end; the wizard polls one with GET /api/import/jobs/{id}.
 */

export type JobError = 'invalid' | 'sameLanguage' | 'emptyText' | 'exists' | 'deletedId' | 'problems' | 'busy' | 'failed';

export type JobView = {
  job: string;
  kind: 'align' | 'create';
  step: string;
  percent: number;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  error?: JobError;
  field?: string;
  problems?: DocumentProblem[];
  /** The proposed alignment, once, when an alignment job is done. */
  draft?: ImportDraft;
  /** The new document's id when a creation job is done. */
  id?: string;
  preTranslated?: number;
};

interface Job {
  view: JobView;
  owner: string;
  controller: AbortController;
  endedAt?: number;
}

/** Jobs running at once, in all: each holds a book's texts in memory. */
export const MAX_RUNNING_JOBS = 2;
/** How long an ended job can still be read. */
const KEEP_ENDED_MS = 10 * 60 * 1000;

const globalForJobs = globalThis as typeof globalThis & { triglotImportJobs?: Map<string, Job> };
const jobs = (globalForJobs.triglotImportJobs ??= new Map());

/** Lets the event loop answer requests (a poll, a cancel) between the steps of a job. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

function forgetEnded(now = Date.now()): void {
  for (const [id, job] of jobs) if (job.endedAt !== undefined && job.endedAt < now - KEEP_ENDED_MS) jobs.delete(id);
}

function running(): number {
  return [...jobs.values()].filter((j) => j.view.state === 'running').length;
}

function start(owner: string, kind: JobView['kind'], run: (job: Job) => Promise<void>): JobView | null {
  forgetEnded();
  if (running() >= MAX_RUNNING_JOBS) return null;
  const job: Job = {
    owner,
    controller: new AbortController(),
    view: { job: randomUUID(), kind, step: kind === 'align' ? 'read' : 'prepare', percent: 0, state: 'running' },
  };
  job.view.percent =
    kind === 'align' ? progressPercent(ALIGN_STEPS, 'read', 0, 1) : progressPercent(CREATE_STEPS, 'prepare', 0, 1);
  jobs.set(job.view.job, job);
  void run(job)
    .catch((error: unknown) => {
      if (job.controller.signal.aborted) return;
      if (isDatabaseBusy(error)) return fail(job, 'busy');
      console.error('triglot: import job failed', error);
      fail(job, 'failed');
    })
    .finally(() => {
      if (job.controller.signal.aborted && job.view.state === 'running') job.view.state = 'cancelled';
      job.endedAt = Date.now();
    });
  return { ...job.view };
}

function fail(job: Job, error: JobError, extra: Partial<JobView> = {}): void {
  Object.assign(job.view, { state: 'failed', error, ...extra });
}

export interface AlignJobInput {
  lines: boolean;
  source: { lang: Lang; upload: string };
  targets: { lang: Lang; upload: string }[];
}

/** Reads the uploads (removing them), splits paragraphs and aligns: the draft, as `alignTexts` makes it. */
export function startAlignJob(owner: string, input: AlignJobInput): JobView | null {
  return start(owner, 'align', async (job) => {
    const { signal } = job.controller;
    const all = [input.source, ...input.targets];
    const texts: { lang: Lang; text: string }[] = [];
    for (const [n, t] of all.entries()) {
      const text = await takeUpload(owner, t.upload);
      if (text === null) return fail(job, 'invalid', { field: n === 0 ? 'source' : `targets.${n - 1}` });
      texts.push({ lang: t.lang, text });
      job.view.percent = progressPercent(ALIGN_STEPS, 'read', n + 1, all.length);
      signal.throwIfAborted();
    }
    const split = texts.map((t) => ({ lang: t.lang, paragraphs: splitParagraphs(t.text, input.lines) }));
    texts.length = 0;
    const empty = split.findIndex((t) => t.paragraphs.length === 0);
    if (empty >= 0) return fail(job, 'emptyText', { field: empty === 0 ? 'source' : `targets.${empty - 1}` });
    Object.assign(job.view, { step: 'align', percent: progressPercent(ALIGN_STEPS, 'align', 0, 1) });
    await turn();
    signal.throwIfAborted();
    // A book is aligned in a process of its own, so this server answers others meanwhile.
    const draft = await alignDraft(split[0]!, split.slice(1), signal);
    Object.assign(job.view, { step: 'draft', percent: progressPercent(ALIGN_STEPS, 'draft', 0, 1) });
    await turn();
    signal.throwIfAborted();
    Object.assign(job.view, { state: 'done', percent: 100, draft });
  });
}

export interface CreateJobInput {
  id: string;
  draft: ImportDraft;
  kinds: Record<number, NonNullable<ImportDraft['rows'][number]['kind']>>;
}

/** Creates the document from the checked draft in chunks, hidden until the last one. */
export function startCreateJob(owner: string, input: CreateJobInput): JobView | null {
  return start(owner, 'create', async (job) => {
    const { signal } = job.controller;
    const result = draftToDocument(input.draft, { id: input.id, kinds: input.kinds });
    if (!result.ok) return fail(job, 'problems', { problems: result.problems });
    await turn();
    signal.throwIfAborted();
    try {
      const { preTranslated } = await importContentDocument(await getDb(), result.document, {
        actor: owner,
        signal,
        onProgress: (written, total) => {
          Object.assign(job.view, { step: 'write', percent: progressPercent(CREATE_STEPS, 'write', written, total) });
        },
      });
      Object.assign(job.view, { state: 'done', percent: 100, id: input.id, preTranslated });
    } catch (error) {
      if (error instanceof DocumentExistsError) return fail(job, error.reason === 'deleted' ? 'deletedId' : 'exists');
      throw error;
    }
  });
}

/** The job's state for its owner; an alignment's draft is handed out once, then let go. */
export function readJob(owner: string, id: string): JobView | null {
  const job = jobs.get(id);
  if (!job || job.owner !== owner) return null;
  const view = { ...job.view };
  if (job.view.draft) delete job.view.draft;
  return view;
}

/** Asks the job to stop; it does at its next step or chunk. */
export function cancelJob(owner: string, id: string): JobView | null {
  const job = jobs.get(id);
  if (!job || job.owner !== owner) return null;
  if (job.view.state === 'running') job.controller.abort(new Error('cancelled'));
  return { ...job.view, draft: undefined };
}
