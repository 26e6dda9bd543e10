import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ImportDraft } from '@/lib/import';
import { bookTexts } from '../fixtures/book-texts';
import { CONTENT_DIR } from './helpers';
import { requestHeaders } from './request-scope';

/*
 * The import wizard's upload path through its real route handlers: a book of 2,000,000
 * characters per language uploaded as three streamed texts, aligned in a job, created in a job;
 * a creation cancelled half-way; texts that are not UTF-8 or too large. The database, the auth
 * library and the session cookie are real; only Next's request scope (where `headers()` reads
 * the cookie from) is supplied here, as a request would.
 */
let cookie = '';
vi.mock('next/headers', () => import('./request-scope').then((m) => m.nextHeaders));
requestHeaders(() => new Headers(cookie ? { cookie } : {}));

let dataDir = '';

async function modules() {
  return {
    texts: await import('@/app/api/import/texts/route'),
    jobs: await import('@/app/api/import/jobs/route'),
    job: await import('@/app/api/import/jobs/[job]/route'),
    documents: await import('@/app/api/import/documents/route'),
    getAuth: (await import('@/server/auth')).getAuth,
    getDb: (await import('@/server/database')).getDb,
    createUser: (await import('@/server/users')).createUser,
  };
}
let m: Awaited<ReturnType<typeof modules>>;

function upload(name: string, body: BodyInit, headers: Record<string, string> = {}) {
  const init = { method: 'POST', body, headers: { cookie, ...headers }, duplex: 'half' } as RequestInit;
  return m.texts.POST(new Request(`http://localhost/api/import/texts?name=${encodeURIComponent(name)}`, init));
}

function postJson(handler: (r: Request) => Promise<Response>, url: string, body: unknown) {
  return handler(
    new Request(`http://localhost${url}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

type View = { job: string; state: string; step: string; percent: number; draft?: ImportDraft; id?: string; error?: string };

async function readJob(job: string): Promise<View> {
  const response = await m.job.GET(new Request(`http://localhost/api/import/jobs/${job}`, { headers: { cookie } }), {
    params: Promise.resolve({ job }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { job: View }).job;
}

/** Polls a job until `until` holds, giving the event loop a turn between polls (no timers). */
async function pollUntil(job: string, until: (view: View) => boolean, seen: number[] = []): Promise<View> {
  for (;;) {
    const view = await readJob(job);
    seen.push(view.percent);
    if (until(view)) return view;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const ended = (view: View) => view.state !== 'running';

async function count(table: 'documents' | 'segments' | 'translations' | 'events', documentId: string): Promise<number> {
  const db = await m.getDb();
  const column = table === 'documents' ? 'id' : 'document_id';
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(column, '=', documentId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function uploadsLeft(): Promise<string[]> {
  return readdir(path.join(dataDir, 'import-uploads')).catch(() => []);
}

let draft: ImportDraft;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'triglot-upload-'));
  vi.stubEnv('TRIGLOT_DATA_DIR', dataDir);
  vi.stubEnv('TRIGLOT_CONTENT_DIR', CONTENT_DIR);
  vi.stubEnv('DATABASE_URL', '');
  m = await modules();
  const auth = await m.getAuth();
  await m.createUser(auth, {
    email: 'admin@example.test',
    name: 'admin',
    password: 'upload-password-1',
    role: 'admin',
    languages: null,
  });
  const response = await auth.api.signInEmail({
    body: { email: 'admin@example.test', password: 'upload-password-1' },
    asResponse: true,
  });
  cookie =
    response.headers
      .getSetCookie()
      .find((c) => c.includes('triglot.session_token='))
      ?.split(';')[0] ?? '';
  expect(cookie).not.toBe('');
}, 60_000);

afterAll(async () => {
  await (await m.getDb()).destroy();
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
});

describe('importing a book through the upload path', () => {
  it('uploads 2,000,000 characters per language, aligns them in a job with a rising percentage, and creates the document', async () => {
    const book = bookTexts();
    const uploads: Record<string, string> = {};
    for (const lang of ['en', 'zh', 'ru'] as const) {
      const response = await upload(`book.${lang}.txt`, new TextEncoder().encode(book[lang]));
      expect(response.status).toBe(201);
      const body = (await response.json()) as { upload: string; chars: number; bytes: number };
      expect(body.chars).toBe(2_000_000);
      expect(body.bytes).toBe(Buffer.byteLength(book[lang]));
      uploads[lang] = body.upload;
    }

    const started = await postJson(m.jobs.POST, '/api/import/jobs', {
      lines: false,
      source: { lang: 'en', upload: uploads.en },
      targets: [
        { lang: 'zh', upload: uploads.zh },
        { lang: 'ru', upload: uploads.ru },
      ],
    });
    expect(started.status).toBe(202);
    const { job } = (await started.json()) as { job: View };
    const aligned = await pollUntil(job.job, ended);
    expect(aligned.state).toBe('done');
    expect(aligned.draft?.languages).toEqual(['en', 'zh', 'ru']);
    draft = aligned.draft!;
    // 5,000 paragraphs each, paired one to one (their numbers and lengths agree).
    expect(draft.rows.length).toBeGreaterThan(4_900);
    expect(draft.title?.en).toBeTruthy();
    // The texts were read once and removed.
    expect(await uploadsLeft()).toEqual([]);

    const creating = await postJson(m.documents.POST, '/api/import/documents', { id: 'uploaded-book', draft });
    expect(creating.status).toBe(202);
    const seen: number[] = [];
    const created = await pollUntil(((await creating.json()) as { job: View }).job.job, ended, seen);
    expect(created).toMatchObject({ state: 'done', id: 'uploaded-book', percent: 100 });
    // The percentage rose chunk by chunk and never went back.
    expect(new Set(seen).size).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    expect(await count('segments', 'uploaded-book')).toBe(draft.rows.length + 1);
    const db = await m.getDb();
    const visible = await db
      .selectFrom('documents')
      .select('importing_since')
      .where('id', '=', 'uploaded-book')
      .executeTakeFirst();
    expect(visible).toEqual({ importing_since: null });
    const last = await db
      .selectFrom('translations')
      .select('text')
      .where('document_id', '=', 'uploaded-book')
      .where('segment_id', '=', `p${draft.rows.length}`)
      .where('lang', '=', 'ru')
      .executeTakeFirstOrThrow();
    expect(last.text).toContain('абзаце 5000');
  }, 300_000);

  it('cancels a creation half-way: the hidden rows written so far are removed, no document appears', async () => {
    expect(draft).toBeDefined();
    const before = await count('events', 'cancelled-book');
    const creating = await postJson(m.documents.POST, '/api/import/documents', { id: 'cancelled-book', draft });
    const { job } = (await creating.json()) as { job: View };
    await pollUntil(job.job, (view) => view.step === 'write' || ended(view));
    // Half-made at this moment: its first chunks are in the database, hidden.
    const db = await m.getDb();
    const hidden = await db
      .selectFrom('documents')
      .select('importing_since')
      .where('id', '=', 'cancelled-book')
      .executeTakeFirst();
    expect(hidden?.importing_since).toBeTruthy();

    const response = await m.job.DELETE(
      new Request(`http://localhost/api/import/jobs/${job.job}`, { method: 'DELETE', headers: { cookie } }),
      {
        params: Promise.resolve({ job: job.job }),
      },
    );
    expect(response.status).toBe(200);
    const view = await pollUntil(job.job, ended);
    expect(view.state).toBe('cancelled');
    expect(await count('documents', 'cancelled-book')).toBe(0);
    expect(await count('segments', 'cancelled-book')).toBe(0);
    expect(await count('translations', 'cancelled-book')).toBe(0);
    expect(await count('events', 'cancelled-book')).toBe(before);
  }, 300_000);

  it('refuses a text that is not UTF-8 with 400 naming the file and the byte offset, and keeps nothing of it', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Chapter one\n\nCaf'),
      0xe9,
      ...new TextEncoder().encode(' au lait'),
    ]);
    const response = await upload('latin1.txt', bytes);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; message: string };
    expect(body.error).toBe('not-utf8');
    expect(body.message).toContain('latin1.txt');
    expect(body.message).toContain('byte 16');
    expect(await uploadsLeft()).toEqual([]);
  });

  it('refuses a text over the limit with 413: by its declared length before reading, or as it streams past the limit', async () => {
    const declared = await upload('huge.txt', 'x', { 'content-length': String(9 * 1024 * 1024) });
    expect(declared.status).toBe(413);

    // No length declared: 9 MiB streamed in 64 KiB chunks is cut off at 8 MiB.
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 9 * 1024 * 1024) return controller.close();
        sent += 65_536;
        controller.enqueue(new Uint8Array(65_536).fill(0x61));
      },
    });
    const streamed = await upload('endless.txt', stream);
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as { message: string }).message).toContain('endless.txt');

    // Within 8 MiB but over 2,000,000 characters.
    const long = await upload('long.txt', new Uint8Array(2_000_001).fill(0x61));
    expect(long.status).toBe(413);
    expect(await uploadsLeft()).toEqual([]);
  });

  it('lets only an admin upload or read a job', async () => {
    const admin = cookie;
    cookie = '';
    try {
      const response = await upload('a.txt', 'text');
      expect(response.status).toBe(401);
      const job = await m.job.GET(new Request('http://localhost/api/import/jobs/x'), { params: Promise.resolve({ job: 'x' }) });
      expect(job.status).toBe(401);
    } finally {
      cookie = admin;
    }
  });
});
