import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_DIR } from './helpers';
import { requestHeaders } from './request-scope';

/*
 * Every caller of the one write path, through its real entry point: the server action that the
 * review workspace and the reader call, the bulk check action, and the REST route handler.
 * The database, the auth library and the session cookie are real; only Next's request scope
 * (where `headers()` reads the cookie from) is supplied here, as a request would.
 */
let cookie = '';
vi.mock('next/headers', () => import('./request-scope').then((m) => m.nextHeaders));
requestHeaders(() => new Headers(cookie ? { cookie } : {}));

const DOC = 'sino-russian-cooperation';
let dataDir = '';

async function modules() {
  const actions = await import('@/server/actions/translations');
  const route = await import('@/app/api/translations/[doc]/[segment]/[lang]/route');
  const { getAuth } = await import('@/server/auth');
  const { getDb } = await import('@/server/database');
  const { listEvents } = await import('@/server/queries/events');
  const { createUser } = await import('@/server/users');
  return { actions, route, getAuth, getDb, listEvents, createUser };
}

async function signedIn(email: string): Promise<string> {
  const { getAuth } = await modules();
  const response = await (await getAuth()).api.signInEmail({ body: { email, password: 'callers-password-1' }, asResponse: true });
  const session = response.headers.getSetCookie().find((c) => c.includes('triglot.session_token='));
  if (!session) throw new Error(`no session cookie for ${email}`);
  return session.split(';')[0] ?? '';
}

function patch(segment: string, lang: string, body: unknown, as: string) {
  const { PATCH } = routeModule;
  cookie = as;
  const request = new Request(`http://localhost/api/translations/${DOC}/${segment}/${lang}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', ...(as ? { cookie: as } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return PATCH(request, { params: Promise.resolve({ doc: DOC, segment, lang }) });
}

let routeModule: Awaited<ReturnType<typeof modules>>['route'];
let reviewer = '';

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'triglot-callers-'));
  vi.stubEnv('TRIGLOT_DATA_DIR', dataDir);
  vi.stubEnv('TRIGLOT_CONTENT_DIR', CONTENT_DIR);
  vi.stubEnv('DATABASE_URL', '');
  const m = await modules();
  routeModule = m.route;
  const auth = await m.getAuth();
  for (const [email, role] of [
    ['reviewer@example.test', 'reviewer'],
    ['translator@example.test', 'translator'],
  ] as const) {
    await m.createUser(auth, { email, name: role, password: 'callers-password-1', role, languages: null });
  }
  reviewer = await signedIn('reviewer@example.test');
});

afterAll(async () => {
  const { getDb } = await modules();
  await (await getDb()).destroy();
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the one write path, from every caller', () => {
  it('workspace and reader: the server action checks and reopens, and keeps both comments', async () => {
    const { actions, listEvents } = await modules();
    cookie = reviewer;
    const checked = await actions.runTranslationCommand({
      action: 'check',
      documentId: DOC,
      segmentId: 'p1-potential',
      lang: 'zh',
      version: 1,
      comment: 'Terms match the glossary.',
    });
    expect(checked).toMatchObject({ ok: true, action: 'check', translation: { status: 'checked', version: 2 } });
    // The result says what changed, progress included: one Chinese segment checked.
    expect(checked.ok && checked.progress.zh).toMatchObject({ checked: 1 });
    const reopened = await actions.runTranslationCommand({
      action: 'reopen',
      documentId: DOC,
      segmentId: 'p1-potential',
      lang: 'zh',
      version: 2,
      comment: 'Checked too early: the dates need a second look.',
    });
    expect(reopened).toMatchObject({ ok: true, translation: { status: 'draft', version: 3 } });
    const history = await listEvents(await (await modules()).getDb(), DOC, 'p1-potential', 'zh');
    expect(history.slice(0, 2).map((e) => [e.action, e.comment])).toEqual([
      ['reopen', 'Checked too early: the dates need a second look.'],
      ['check', 'Terms match the glossary.'],
    ]);
  });

  it('anonymous callers are refused, and nothing is written', async () => {
    const { actions, listEvents, getDb } = await modules();
    cookie = '';
    const before = (await listEvents(await getDb(), DOC, 'p2-economy', 'ru')).length;
    const result = await actions.runTranslationCommand({
      action: 'check',
      documentId: DOC,
      segmentId: 'p2-economy',
      lang: 'ru',
      version: 1,
    });
    expect(result).toEqual({ ok: false, error: 'refused', reason: 'unauthenticated' });
    expect(await listEvents(await getDb(), DOC, 'p2-economy', 'ru')).toHaveLength(before);
  });

  it('bulk check: each item through the same path, one event each; a stale item is skipped, not fatal', async () => {
    const { actions, listEvents, getDb } = await modules();
    cookie = reviewer;
    const result = await actions.runBulkCheck({
      documentId: DOC,
      lang: 'ru',
      comment: 'Read against the source in one sitting.',
      items: [
        { segmentId: 'p2-economy', version: 1 },
        { segmentId: 'p3-regional', version: 1 },
        { segmentId: 'p4-sreb-eaeu', version: 7 },
      ],
    });
    expect(result.ok && [result.checked, result.skipped]).toEqual([2, 1]);
    expect(result.ok && result.results.map((r) => (r.result.ok ? 'ok' : r.result.error))).toEqual(['ok', 'ok', 'conflict']);
    for (const segment of ['p2-economy', 'p3-regional']) {
      const [latest] = await listEvents(await getDb(), DOC, segment, 'ru');
      expect(latest).toMatchObject({ action: 'check', comment: 'Read against the source in one sitting.' });
    }
  });

  it('bulk check: a malformed batch is refused whole with the field that is wrong, not counted as "0 checked"', async () => {
    const { actions } = await modules();
    cookie = reviewer;
    expect(await actions.runBulkCheck({ documentId: DOC, lang: 'ru', items: [] })).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { items: 'tooFew' },
    });
  });

  it('REST: PATCH runs the same commands, maps results to HTTP, and keeps a reopen comment', async () => {
    const { listEvents, getDb } = await modules();
    const translator = await signedIn('translator@example.test');
    const edit = await patch('summary', 'zh', { action: 'edit', version: 1, text: '新的译文。' }, translator);
    expect(edit.status).toBe(200);
    expect(await edit.json()).toMatchObject({ ok: true, translation: { text: '新的译文。', status: 'draft', version: 2 } });

    const stale = await patch('summary', 'zh', { action: 'edit', version: 1, text: '另一种译文。' }, reviewer);
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: 'conflict', current: { text: '新的译文。', version: 2 } });

    const notAllowed = await patch('summary', 'zh', { action: 'check', version: 2 }, translator);
    expect(notAllowed.status).toBe(403);

    // A reviewer's own edit may not be checked by that reviewer (422: the action is refused as it stands).
    const own = await patch('intro-juncture', 'zh', { action: 'edit', version: 1, text: '自己的译文。' }, reviewer);
    expect(own.status).toBe(200);
    const selfCheck = await patch('intro-juncture', 'zh', { action: 'check', version: 2 }, reviewer);
    expect(selfCheck.status).toBe(422);
    expect(await selfCheck.json()).toEqual({ ok: false, error: 'refused', reason: 'self-check' });

    const checked = await patch('summary', 'zh', { action: 'check', version: 2, comment: 'Fine.' }, reviewer);
    expect(checked.status).toBe(200);
    const reopened = await patch('summary', 'zh', { action: 'reopen', version: 3, comment: 'A name is still off.' }, reviewer);
    expect(reopened.status).toBe(200);
    const [latest] = await listEvents(await getDb(), DOC, 'summary', 'zh');
    expect(latest).toMatchObject({ action: 'reopen', comment: 'A name is still off.' });

    expect((await patch('summary', 'zh', { action: 'check', version: 4 }, '')).status).toBe(401);
  });

  it('REST: malformed bodies get 400 with the field named, unknown targets 404, and nothing changes', async () => {
    const { listEvents, getDb } = await modules();
    const before = (await listEvents(await getDb(), DOC, 'conclusion', 'ru')).length;
    const broken = await patch('conclusion', 'ru', '{"action": "edit", ', reviewer);
    expect(broken.status).toBe(400);
    const unknown = await patch('conclusion', 'ru', { action: 'approve', version: 1 }, reviewer);
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: 'invalid', fieldErrors: { action: 'invalidAction' } });
    const array = await patch('conclusion', 'ru', [{ action: 'check' }], reviewer);
    expect(array.status).toBe(400);
    const missing = await patch('no-such-segment', 'ru', { action: 'check', version: 1 }, reviewer);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'not-found', what: 'segment' });
    expect(await listEvents(await getDb(), DOC, 'conclusion', 'ru')).toHaveLength(before);
  });
});
