'use server';

import { streamChunks } from '@/lib/http/body';
import { getSessionUser } from '../auth/session';
import { alignJobSchema, createSchema } from '../import/schemas';
import { type JobView, cancelJob, readJob, startAlignJob, startCreateJob } from '../import/jobs';
import { type StoredUpload, storeUpload } from '../import/uploads';

export type { JobView } from '../import/jobs';

/**
 * The import wizard's upload path (route handlers under /api/import call these): texts are
 * streamed to the server one by one, aligned in a job, and the checked draft is created in a
 * job, each polled for its progress and cancellable. Admins only, like the wizard.
 */

export type UploadResult =
  StoredUpload | { ok: false; status: 401 | 403; error: 'unauthenticated' | 'forbidden'; message: string };
export type JobStart =
  | { ok: true; status: 202; job: JobView }
  | { ok: false; status: 400 | 401 | 403 | 503; error: string; message: string; field?: string };
export type JobRead =
  { ok: true; status: 200; job: JobView } | { ok: false; status: 401 | 403 | 404; error: string; message: string };

async function admin(): Promise<
  { id: string } | { ok: false; status: 401 | 403; error: 'unauthenticated' | 'forbidden'; message: string }
> {
  const user = await getSessionUser();
  if (!user) return { ok: false, status: 401, error: 'unauthenticated', message: 'Sign in as an admin to import.' };
  if (user.role !== 'admin') return { ok: false, status: 403, error: 'forbidden', message: 'Only an admin may import.' };
  return { id: user.id };
}

/** Stores one text (the request body as a stream) for a later alignment; `name` is the file's, for messages. */
export async function uploadImportText(name: unknown, body: unknown): Promise<UploadResult> {
  const who = await admin();
  if (!('id' in who)) return who;
  const stream =
    body instanceof Blob ? body.stream() : body instanceof ReadableStream ? (body as ReadableStream<Uint8Array>) : null;
  const label = typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 200) : 'The text';
  if (!stream) return { ok: false, status: 400, error: 'empty', message: `${label} is empty.` };
  return storeUpload(who.id, label, streamChunks(stream));
}

const busy = {
  ok: false,
  status: 503,
  error: 'busy',
  message: 'Other imports are running; try again when they are done.',
} as const;

/** Starts aligning uploaded texts: { lines, source: { lang, upload }, targets: [...] }. */
export async function startAlignment(input: unknown): Promise<JobStart> {
  const who = await admin();
  if (!('id' in who)) return who;
  const parsed = alignJobSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, status: 400, error: 'invalid', message: issue?.message ?? 'invalid', field: issue?.path.join('.') ?? '' };
  }
  const langs = [parsed.data.source.lang, ...parsed.data.targets.map((t) => t.lang)];
  if (new Set(langs).size !== langs.length) {
    return { ok: false, status: 400, error: 'sameLanguage', message: 'Each language may be imported once.' };
  }
  const job = startAlignJob(who.id, parsed.data);
  return job ? { ok: true, status: 202, job } : busy;
}

/** Starts creating the document from the checked draft: { id, draft, kinds? }. */
export async function startCreation(input: unknown): Promise<JobStart> {
  const who = await admin();
  if (!('id' in who)) return who;
  const parsed = createSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, status: 400, error: 'invalid', message: issue?.message ?? 'invalid', field: issue?.path.join('.') ?? '' };
  }
  const kinds = Object.fromEntries(Object.entries(parsed.data.kinds ?? {}).map(([row, kind]) => [Number(row), kind]));
  const job = startCreateJob(who.id, { id: parsed.data.id, draft: parsed.data.draft, kinds });
  return job ? { ok: true, status: 202, job } : busy;
}

const notFound = {
  ok: false,
  status: 404,
  error: 'not-found',
  message: 'No such import job (it may have ended long ago).',
} as const;

/** A job's step, percentage and outcome. */
export async function readImportJob(id: unknown): Promise<JobRead> {
  const who = await admin();
  if (!('id' in who)) return who;
  const job = typeof id === 'string' ? readJob(who.id, id) : null;
  return job ? { ok: true, status: 200, job } : notFound;
}

/** Cancels a job: it stops at its next step or chunk, and a half-made document is removed. */
export async function cancelImportJob(id: unknown): Promise<JobRead> {
  const who = await admin();
  if (!('id' in who)) return who;
  const job = typeof id === 'string' ? cancelJob(who.id, id) : null;
  return job ? { ok: true, status: 200, job } : notFound;
}
