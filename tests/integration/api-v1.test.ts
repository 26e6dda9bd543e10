import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_DIR, DIALECTS, useTempDatabase } from './helpers';
import { requestHeaders } from './request-scope';
import { v1Routes } from './v1-routes';

/*
 * REST API v1 through its real route handlers, on a real SQLite database with real accounts and
 * tokens. Only Next's request scope (where `headers()` reads the request's headers) is supplied
 * here, as Next does for a request.
 */
vi.mock('server-only', () => ({}));
let current = new Headers();
vi.mock('next/headers', () => import('./request-scope').then((m) => m.nextHeaders));
requestHeaders(() => current);

const DOC = 'sino-russian-cooperation';
const ORIGIN = 'http://localhost';
let dataDir = '';

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function modules() {
  return {
    ...(await v1Routes()),
    tokens: await import('@/server/auth/tokens'),
    users: await import('@/server/users'),
    auth: await import('@/server/auth'),
    database: await import('@/server/database'),
  };
}
let m: Awaited<ReturnType<typeof modules>>;

/** Calls a handler as Next would: the request's headers are also what `headers()` gives. */
async function call(
  handler: Handler,
  url: string,
  init: { method?: string; token?: string | null; body?: unknown; raw?: BodyInit; headers?: Record<string, string> } = {},
  params: Record<string, string> = {},
) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  headers.set('x-triglot-peer-address', headers.get('x-triglot-peer-address') ?? '192.0.2.10');
  let body: BodyInit | undefined = init.raw;
  if (init.body !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(init.body);
  }
  const request = new Request(`${ORIGIN}${url}`, { method: init.method ?? 'GET', headers, body, duplex: 'half' } as RequestInit);
  current = headers;
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  let json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text };
}

type Person = 'reader' | 'translator' | 'reviewer' | 'ruReviewer' | 'leaver';
const tokens = {} as Record<Person, string>;
const ids = {} as Record<Person, string>;

async function segmentState(segment: string, lang: string, token = tokens.reviewer) {
  const page = await call(m.segments.GET as Handler, `/api/v1/documents/${DOC}/segments?limit=500`, { token }, { doc: DOC });
  return page.json.segments.find((s: { id: string }) => s.id === segment).translations[lang];
}

function command(
  action: 'edit' | 'check' | 'reject' | 'reopen',
  segment: string,
  lang: string,
  token: string | null,
  body: unknown,
) {
  const handler = action === 'edit' ? (m.edit.PATCH as Handler) : (m[action].POST as Handler);
  const url = `/api/v1/documents/${DOC}/segments/${segment}/${lang}${action === 'edit' ? '' : `/${action}`}`;
  return call(handler, url, { method: action === 'edit' ? 'PATCH' : 'POST', token, body }, { doc: DOC, segment, lang });
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'triglot-api-'));
  vi.stubEnv('TRIGLOT_DATA_DIR', dataDir);
  vi.stubEnv('TRIGLOT_CONTENT_DIR', CONTENT_DIR);
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('TRIGLOT_API_RATE_LIMIT', '1000');
  vi.stubEnv('TRIGLOT_API_ANONYMOUS_RATE_LIMIT', '1000');
  m = await modules();
  const auth = await m.auth.getAuth();
  const db = await m.database.getDb();
  for (const [name, role, languages] of [
    ['reader', 'reader', null],
    ['translator', 'translator', null],
    ['reviewer', 'reviewer', null],
    ['ruReviewer', 'reviewer', ['ru']],
    ['leaver', 'translator', null],
  ] as const) {
    const user = await m.users.createUser(auth, {
      email: `${name.toLowerCase()}@example.test`,
      name,
      password: 'api-tests-password-1',
      role,
      languages: languages ? [...languages] : null,
    });
    ids[name] = user.id;
    tokens[name] = (await m.tokens.createApiToken(db, user.id, `${name}'s script`)).token;
  }
});

afterAll(async () => {
  await (await m.database.getDb()).destroy();
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
});

describe('reading', () => {
  it('GET /documents lists documents with titles, languages and progress, with rate-limit headers', async () => {
    const res = await call(m.documents.GET as Handler, '/api/v1/documents', { token: tokens.reader });
    expect(res.status).toBe(200);
    const doc = res.json.documents.find((d: { id: string }) => d.id === DOC);
    expect(doc).toMatchObject({ sourceLang: 'en', languages: ['en', 'zh', 'ru'], titles: { en: expect.any(String) } });
    expect(doc.progress.zh).toMatchObject({ total: doc.segmentCount });
    expect(res.headers.get('RateLimit-Limit')).toBe('1000');
    expect(Number(res.headers.get('RateLimit-Remaining'))).toBeLessThan(1000);
  });

  it('GET /documents works without a token too (reading is open), counted by address', async () => {
    const res = await call(m.documents.GET as Handler, '/api/v1/documents', { token: null });
    expect(res.status).toBe(200);
    expect(res.json.documents.length).toBeGreaterThan(0);
  });

  it('GET /segments pages with a cursor through every segment once, with every translation', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url = `/api/v1/documents/${DOC}/segments?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await call(m.segments.GET as Handler, url, { token: tokens.reader }, { doc: DOC });
      expect(res.status).toBe(200);
      expect(res.json.segments.length).toBeLessThanOrEqual(3);
      seen.push(...res.json.segments.map((s: { id: string }) => s.id));
      cursor = res.json.nextCursor;
      pages++;
    } while (cursor !== null && pages < 100);
    const all = await call(m.segments.GET as Handler, `/api/v1/documents/${DOC}/segments?limit=500`, {}, { doc: DOC });
    expect(seen).toEqual(all.json.segments.map((s: { id: string }) => s.id));
    expect(new Set(seen).size).toBe(seen.length);
    const first = all.json.segments[0];
    expect(first.translations.en).toMatchObject({ status: expect.any(String), version: 1, outdated: false });
    expect(first.translations.zh).toMatchObject({ text: expect.any(String), status: 'draft', version: 1 });
  });

  it('GET /segments refuses a bad limit or cursor with 400 naming the parameter, and an unknown document with 404', async () => {
    for (const query of ['limit=501', 'limit=0', 'limit=ten', 'cursor=abc']) {
      const res = await call(m.segments.GET as Handler, `/api/v1/documents/${DOC}/segments?${query}`, {}, { doc: DOC });
      expect(res.status, query).toBe(400);
      expect(res.json).toMatchObject({ error: 'invalid', message: expect.stringContaining(query.split('=')[0]!) });
    }
    const missing = await call(m.segments.GET as Handler, '/api/v1/documents/no-such/segments', {}, { doc: 'no-such' });
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ error: 'not-found', message: expect.stringContaining('no-such') });
  });

  it('GET /export gives the exchange file; bad format is 400', async () => {
    const res = await call(
      m.exportRoute.GET as Handler,
      `/api/v1/documents/${DOC}/export?format=xliff&lang=zh`,
      { token: tokens.reader },
      { doc: DOC },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`${DOC}.zh.xlf`);
    expect(res.text).toContain('urn:oasis:names:tc:xliff:document:2.0');
    const bad = await call(m.exportRoute.GET as Handler, `/api/v1/documents/${DOC}/export?format=docx`, {}, { doc: DOC });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toContain('format');
  });

  it('GET /openapi.json serves the OpenAPI 3.1 document', async () => {
    const res = await call(m.openapi.GET as Handler, '/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.json.openapi).toBe('3.1.0');
    expect(res.json.servers).toBeUndefined();
    expect(Object.keys(res.json.paths)).toContain('/api/v1/documents/{doc}/segments/{segment}/{lang}/reject');
  });
});

describe('writing through the one write path', () => {
  it('a translator edits with the version seen; the answer says what changed', async () => {
    const before = await segmentState('intro-conference', 'ru');
    const res = await command('edit', 'intro-conference', 'ru', tokens.translator, {
      version: before.version,
      text: 'Новый текст перевода.',
      comment: 'From the API',
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      ok: true,
      action: 'edit',
      translation: { text: 'Новый текст перевода.', status: 'draft', version: before.version + 1, textAuthorId: ids.translator },
    });
    expect((await segmentState('intro-conference', 'ru')).version).toBe(before.version + 1);
  });

  it('a stale version gets 409 with the current state, and nothing is written', async () => {
    const now = await segmentState('intro-conference', 'ru');
    const res = await command('edit', 'intro-conference', 'ru', tokens.translator, { version: now.version - 1, text: 'Поздно.' });
    expect(res.status).toBe(409);
    expect(res.json).toMatchObject({
      error: 'conflict',
      message: expect.any(String),
      current: { version: now.version, text: now.text },
    });
    expect(await segmentState('intro-conference', 'ru')).toEqual(now);
  });

  it('a malformed body is 400 naming the field; not JSON is 415; broken JSON is 400', async () => {
    const noVersion = await command('edit', 'intro-conference', 'ru', tokens.translator, { text: 'x' });
    expect(noVersion.status).toBe(400);
    expect(noVersion.json).toMatchObject({ error: 'invalid', fieldErrors: { version: 'required' } });
    expect(noVersion.json.message).toContain('version');
    const rejectNoComment = await command('reject', 'intro-conference', 'ru', tokens.reviewer, { version: 1 });
    expect(rejectNoComment.status).toBe(400);
    expect(rejectNoComment.json.fieldErrors).toEqual({ comment: 'required' });
    const url = `/api/v1/documents/${DOC}/segments/intro-conference/ru`;
    const params = { doc: DOC, segment: 'intro-conference', lang: 'ru' };
    const text = await call(
      m.edit.PATCH as Handler,
      url,
      { method: 'PATCH', token: tokens.translator, raw: 'x', headers: { 'content-type': 'text/plain' } },
      params,
    );
    expect(text.status).toBe(415);
    const broken = await call(
      m.edit.PATCH as Handler,
      url,
      { method: 'PATCH', token: tokens.translator, raw: '{"version":', headers: { 'content-type': 'application/json' } },
      params,
    );
    expect(broken.status).toBe(400);
    expect(broken.json).toMatchObject({ error: 'invalid', message: expect.stringContaining('JSON') });
    const array = await command('edit', 'intro-conference', 'ru', tokens.translator, [1, 2]);
    expect(array.status).toBe(400);
  });

  it('a reviewer checks, rejects with a comment and reopens; each answers the new state', async () => {
    const s = await segmentState('intro-juncture', 'zh');
    const checked = await command('check', 'intro-juncture', 'zh', tokens.reviewer, { version: s.version });
    expect(checked.status).toBe(200);
    expect(checked.json.translation).toMatchObject({ status: 'checked', version: s.version + 1 });
    const reopened = await command('reopen', 'intro-juncture', 'zh', tokens.reviewer, { version: s.version + 1 });
    expect(reopened.status).toBe(200);
    expect(reopened.json.translation.status).toBe('draft');
    const rejected = await command('reject', 'intro-juncture', 'zh', tokens.reviewer, {
      version: s.version + 2,
      comment: '数字不对。',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.json).toMatchObject({ translation: { status: 'rejected' }, comment: '数字不对。' });
    const again = await command('reject', 'intro-juncture', 'zh', tokens.reviewer, { version: s.version + 3, comment: 'Again' });
    expect(again.status).toBe(422);
    expect(again.json).toMatchObject({ error: 'refused', reason: 'already-rejected', message: 'Already rejected.' });
  });

  it('refusals per role and language: reader cannot edit, translator cannot check, a Russian reviewer cannot check Chinese', async () => {
    const s = await segmentState('intro-key-issues', 'zh');
    const reader = await command('edit', 'intro-key-issues', 'zh', tokens.reader, { version: s.version, text: '读者' });
    expect(reader.status).toBe(403);
    expect(reader.json).toMatchObject({ error: 'forbidden', reason: 'forbidden-role' });
    const translator = await command('check', 'intro-key-issues', 'zh', tokens.translator, { version: s.version });
    expect(translator.status).toBe(403);
    expect(translator.json.reason).toBe('forbidden-role');
    const scoped = await command('check', 'intro-key-issues', 'zh', tokens.ruReviewer, { version: s.version });
    expect(scoped.status).toBe(403);
    expect(scoped.json.reason).toBe('forbidden-language');
    expect(await segmentState('intro-key-issues', 'zh')).toEqual(s);
    const ru = await segmentState('intro-key-issues', 'ru');
    const allowed = await command('check', 'intro-key-issues', 'ru', tokens.ruReviewer, { version: ru.version });
    expect(allowed.status).toBe(200);
  });

  it('without a token a write is 401 before anything else; an unknown segment is 404', async () => {
    const anonymous = await command('edit', 'intro-key-issues', 'zh', null, { version: 1, text: 'x' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json).toMatchObject({ error: 'unauthenticated', message: expect.any(String) });
    const missing = await command('edit', 'no-such-segment', 'zh', tokens.translator, { version: 1, text: 'x' });
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ error: 'not-found', what: 'segment' });
  });

  it('import: a dry run counts, the import writes, as the token owner; without a token 401', async () => {
    const exported = await call(
      m.exportRoute.GET as Handler,
      `/api/v1/documents/${DOC}/export?format=tsv&lang=ru`,
      {},
      { doc: DOC },
    );
    // The Russian column of one segment changed, as a translator would in the file.
    const changed = exported.text
      .split('\n')
      .map((line) => (line.startsWith('intro-conference\t') ? line.replace(/\t[^\t]*$/, '\tТекст из файла.') : line))
      .join('\n');
    expect(changed).not.toBe(exported.text);
    const before = (await segmentState('intro-conference', 'ru')).text;
    const url = (q: string) => `/api/v1/documents/${DOC}/import?format=tsv&lang=ru${q}`;
    const dry = await call(
      m.importRoute.POST as Handler,
      url('&dry-run'),
      { method: 'POST', token: tokens.translator, raw: changed },
      { doc: DOC },
    );
    expect(dry.status).toBe(200);
    expect(dry.json).toMatchObject({ ok: true, applied: false, changed: 1, added: 0 });
    expect((await segmentState('intro-conference', 'ru')).text).toBe(before);
    const real = await call(
      m.importRoute.POST as Handler,
      url(''),
      { method: 'POST', token: tokens.translator, raw: changed },
      { doc: DOC },
    );
    expect(real.json).toMatchObject({ ok: true, applied: true, changed: 1 });
    expect((await segmentState('intro-conference', 'ru')).text).toBe('Текст из файла.');
    const anonymous = await call(m.importRoute.POST as Handler, url(''), { method: 'POST', raw: changed }, { doc: DOC });
    expect(anonymous.status).toBe(401);
    const foreign = await call(
      m.importRoute.POST as Handler,
      url(''),
      { method: 'POST', raw: changed, headers: { origin: 'https://elsewhere.example', host: 'localhost' } },
      { doc: DOC },
    );
    expect(foreign.status).toBe(403);
    expect(foreign.json).toMatchObject({ error: 'forbidden-origin', message: expect.stringContaining('Origin') });
    const foreignWithToken = await call(
      m.importRoute.POST as Handler,
      url('&dry-run'),
      { method: 'POST', token: tokens.translator, raw: changed, headers: { origin: 'https://elsewhere.example' } },
      { doc: DOC },
    );
    expect(foreignWithToken.status).toBe(200);
    const noFormat = await call(
      m.importRoute.POST as Handler,
      `/api/v1/documents/${DOC}/import`,
      { method: 'POST', token: tokens.translator, raw: changed },
      { doc: DOC },
    );
    expect(noFormat.status).toBe(400);
    expect(noFormat.json.message).toContain('format');
    const bad = await call(
      m.importRoute.POST as Handler,
      url(''),
      { method: 'POST', token: tokens.translator, raw: 'not\ta tsv\nfile' },
      { doc: DOC },
    );
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ error: 'format', message: expect.any(String) });
  });
});

describe('tokens', () => {
  it('a revoked token gets 401, on reads and writes alike', async () => {
    const db = await m.database.getDb();
    const { token, summary } = await m.tokens.createApiToken(db, ids.translator, 'short-lived');
    expect((await call(m.documents.GET as Handler, '/api/v1/documents', { token })).status).toBe(200);
    expect(await m.tokens.revokeApiToken(db, ids.translator, summary.id)).toBe(true);
    const read = await call(m.documents.GET as Handler, '/api/v1/documents', { token });
    expect(read.status).toBe(401);
    expect(read.json).toMatchObject({ error: 'unauthenticated', message: expect.stringContaining('revoked') });
    const write = await command('edit', 'intro-conference', 'ru', token, { version: 1, text: 'x' });
    expect(write.status).toBe(401);
    // Only its owner can revoke it, and only once.
    expect(await m.tokens.revokeApiToken(db, ids.translator, summary.id)).toBe(false);
  });

  it('a token of a deactivated owner gets 401; reactivated, it works again', async () => {
    const auth = await m.auth.getAuth();
    const db = await m.database.getDb();
    await m.users.setUserDeactivated(auth, db, ids.leaver, true);
    expect((await call(m.documents.GET as Handler, '/api/v1/documents', { token: tokens.leaver })).status).toBe(401);
    await m.users.setUserDeactivated(auth, db, ids.leaver, false);
    expect((await call(m.documents.GET as Handler, '/api/v1/documents', { token: tokens.leaver })).status).toBe(200);
  });

  it('an unknown token is 401 and a malformed Authorization header 400; another scheme is no token', async () => {
    expect((await call(m.documents.GET as Handler, '/api/v1/documents', { token: `triglot_${'A'.repeat(43)}` })).status).toBe(
      401,
    );
    const malformed = await call(m.documents.GET as Handler, '/api/v1/documents', { headers: { authorization: 'Bearer a b' } });
    expect(malformed.status).toBe(400);
    expect(malformed.json.message).toContain('Authorization');
    const basic = await call(m.documents.GET as Handler, '/api/v1/documents', {
      headers: { authorization: 'Basic dXNlcjpwYXNz' },
    });
    expect(basic.status).toBe(200);
  });

  it('acts with the owner’s current role: a role taken away applies to the next call', async () => {
    const db = await m.database.getDb();
    const s = await segmentState('intro-key-issues', 'en');
    expect(s).toBeDefined();
    await m.users.updateUserAccess(db, ids.leaver, 'reader', null);
    const zh = await segmentState('intro-conference', 'zh');
    const res = await command('edit', 'intro-conference', 'zh', tokens.leaver, { version: zh.version, text: '不行。' });
    expect(res.status).toBe(403);
  });

  it('keeps only the hash of a token, and notes when it was last used', async () => {
    const db = await m.database.getDb();
    const rows = await db.selectFrom('api_tokens').selectAll().where('user_id', '=', ids.reader).execute();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(JSON.stringify(row)).not.toContain(tokens.reader.slice(14));
    expect(row.prefix).toBe(tokens.reader.slice(0, 14));
    expect(row.last_used_at).not.toBeNull();
  });
});

describe('rate limits', () => {
  it('a token over its limit gets 429 with Retry-After and RateLimit headers; other tokens go on', async () => {
    vi.stubEnv('TRIGLOT_API_RATE_LIMIT', '3');
    try {
      const db = await m.database.getDb();
      const { token } = await m.tokens.createApiToken(db, ids.reader, 'busy script');
      const statuses: number[] = [];
      let last: Awaited<ReturnType<typeof call>> | undefined;
      for (let i = 0; i < 4; i++) {
        last = await call(m.documents.GET as Handler, '/api/v1/documents', { token });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect(last!.json).toMatchObject({ error: 'rate-limited', message: expect.stringContaining('at most 3') });
      const retry = Number(last!.headers.get('Retry-After'));
      expect(retry).toBeGreaterThan(0);
      expect(retry).toBeLessThanOrEqual(60);
      expect(last!.headers.get('RateLimit-Remaining')).toBe('0');
      expect(last!.headers.get('RateLimit-Limit')).toBe('3');
      const other = await m.tokens.createApiToken(db, ids.reader, 'calm script');
      expect((await call(m.documents.GET as Handler, '/api/v1/documents', { token: other.token })).status).toBe(200);
    } finally {
      vi.stubEnv('TRIGLOT_API_RATE_LIMIT', '1000');
    }
  });

  it('anonymous calls are limited per client address', async () => {
    vi.stubEnv('TRIGLOT_API_ANONYMOUS_RATE_LIMIT', '2');
    try {
      const from = (address: string) =>
        call(m.documents.GET as Handler, '/api/v1/documents', { headers: { 'x-triglot-peer-address': address } });
      expect([
        (await from('198.51.100.7')).status,
        (await from('198.51.100.7')).status,
        (await from('198.51.100.7')).status,
      ]).toEqual([200, 200, 429]);
      expect((await from('198.51.100.8')).status).toBe(200);
    } finally {
      vi.stubEnv('TRIGLOT_API_ANONYMOUS_RATE_LIMIT', '1000');
    }
  });
});

describe.each(DIALECTS)('tokens and rate counters on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  it('finds a token by its hash with the owner’s current access, until revoked or deactivated', async () => {
    const { db, auth } = database();
    const { tokenActor, createApiToken, listApiTokens, revokeApiToken } = await import('@/server/auth/tokens');
    const { createUser, setUserDeactivated, updateUserAccess } = await import('@/server/users');
    const user = await createUser(auth, {
      email: 'owner@example.test',
      name: 'Owner',
      password: 'api-tests-password-1',
      role: 'translator',
      languages: ['zh'],
    });
    const { token, summary } = await createApiToken(db, user.id, 'CI');
    expect(await tokenActor(db, token)).toEqual({ id: user.id, role: 'translator', languages: ['zh'], tokenId: summary.id });
    await updateUserAccess(db, user.id, 'reviewer', null);
    expect(await tokenActor(db, token)).toMatchObject({ role: 'reviewer', languages: null });
    expect(await tokenActor(db, `${token.slice(0, -1)}x`)).toBeNull();
    await setUserDeactivated(auth, db, user.id, true);
    expect(await tokenActor(db, token)).toBeNull();
    await setUserDeactivated(auth, db, user.id, false);
    expect(await revokeApiToken(db, 'someone-else', summary.id)).toBe(false);
    expect(await revokeApiToken(db, user.id, summary.id)).toBe(true);
    expect(await tokenActor(db, token)).toBeNull();
    const [listed] = await listApiTokens(db, user.id);
    expect(listed).toMatchObject({ id: summary.id, name: 'CI', prefix: token.slice(0, 14), revokedAt: expect.any(String) });
    expect(listed!.lastUsedAt).not.toBeNull();
  });

  it('counts 50 parallel requests one by one, and starts a new window when the old one is over', async () => {
    const { db } = database();
    const { countApiRequest } = await import('@/server/api/rate-limit');
    const now = new Date('2026-12-01T10:00:00.000Z');
    const counts = await Promise.all(Array.from({ length: 50 }, () => countApiRequest(db, 'token:t1', 60, now)));
    expect(counts.map((c) => c.requests).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect((await countApiRequest(db, 'token:t1', 60, new Date(now.getTime() + 59_000))).requests).toBe(51);
    const later = new Date(now.getTime() + 60_000);
    expect(await countApiRequest(db, 'token:t1', 60, later)).toEqual({ requests: 1, windowStart: later.toISOString() });
    expect((await countApiRequest(db, 'token:t2', 60, later)).requests).toBe(1);
  });
});
