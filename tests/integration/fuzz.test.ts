import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadLexicons } from '@/lib/align/lexicon/load';
import { seededRandom } from '@/lib/align/devset/prng';
import { CONTENT_DIR } from './helpers';
import { requestHeaders } from './request-scope';
import { v1Routes } from './v1-routes';

/*
 * Random and hostile input to every route handler and server action, through their real entry
 * points, on a real database: bounded (CASES per target) and seeded (FUZZ_SEED, printed on
 * failure), so a failure replays. A route handler never answers 5xx; an action never throws
 * (a redirect is Next's way to answer, not an error); and when an action refuses, the database
 * is as it was (the sign-in counters aside, which count refusals by design).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_201);
const CASES = Number(process.env.FUZZ_CASES ?? 250);

let cookie = '';
let authorization = '';
vi.mock('next/headers', () => import('./request-scope').then((m) => m.nextHeaders));
requestHeaders(
  () =>
    new Headers({
      host: 'localhost:3000',
      'x-forwarded-proto': 'http',
      'x-triglot-peer-address': '198.51.100.200',
      ...(cookie ? { cookie } : {}),
      ...(authorization ? { authorization } : {}),
    }),
);
vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'en' }));
// next-intl's navigation as Next answers it: a redirect is thrown with its digest.
vi.mock('@/i18n/navigation', () => ({
  redirect: ({ href }: { href: string }) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { digest: `NEXT_REDIRECT;replace;${href};307;` });
  },
}));

const DOC = 'sino-russian-cooperation';
let dataDir = '';
let admin = '';
let reviewer = '';
let reviewerToken = '';

async function modules() {
  return {
    translations: await import('@/server/actions/translations'),
    importActions: await import('@/server/actions/import'),
    authActions: await import('@/server/actions/auth'),
    users: await import('@/server/actions/users'),
    documents: await import('@/server/actions/documents'),
    claims: await import('@/server/actions/claims'),
    tokenActions: await import('@/server/actions/tokens'),
    tokens: await import('@/server/auth/tokens'),
    v1: await v1Routes(),
    patchRoute: await import('@/app/api/translations/[doc]/[segment]/[lang]/route'),
    historyRoute: await import('@/app/api/translations/[doc]/[segment]/[lang]/history/route'),
    reviewRoute: await import('@/app/api/review/[doc]/[lang]/route'),
    auth: await import('@/server/auth'),
    database: await import('@/server/database'),
    usersModule: await import('@/server/users'),
  };
}

async function restoreAccounts(): Promise<void> {
  const m = await modules();
  const db = await m.database.getDb();
  const auth = await m.auth.getAuth();
  await db.updateTable('user').set({ deactivatedAt: null }).execute();
  for (const [email, role] of [
    ['admin@example.test', 'admin'],
    ['reviewer@example.test', 'reviewer'],
  ] as const) {
    const row = await db.selectFrom('user').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    await db.updateTable('user').set({ role, languages: null }).where('id', '=', row.id).execute();
    await m.usersModule.setUserPassword(auth, row.id, 'fuzz-password-0001');
  }
  admin = await signedIn('admin@example.test');
  reviewer = await signedIn('reviewer@example.test');
}

async function signedIn(email: string): Promise<string> {
  const { auth, database } = await modules();
  // The signIn fuzz may have locked the account: this is the test's own sign-in.
  await (await database.getDb()).deleteFrom('sign_in_limits').execute();
  const response = await (
    await auth.getAuth()
  ).api.signInEmail({ body: { email, password: 'fuzz-password-0001' }, asResponse: true });
  const session = response.headers.getSetCookie().find((c) => c.includes('triglot.session_token='));
  if (!session) throw new Error(`no session for ${email}`);
  return session.split(';')[0] ?? '';
}

/** What must not change when an action refuses: every table but the sign-in counters and sessions. */
async function fingerprint(): Promise<string> {
  const db = await (await modules()).database.getDb();
  const one = async (query: string) => JSON.stringify((await sql.raw(query).execute(db)).rows);
  return [
    await one('SELECT count(*) AS n, max(id) AS m FROM events'),
    await one('SELECT count(*) AS n, sum(version) AS v FROM translations'),
    await one('SELECT count(*) AS n FROM documents'),
    await one('SELECT count(*) AS n FROM segments'),
    await one('SELECT count(*) AS n FROM source_texts'),
    await one('SELECT key, value FROM app_settings ORDER BY key'),
    await one('SELECT email, role, languages, "deactivatedAt" FROM "user" ORDER BY email'),
    await one('SELECT password FROM account ORDER BY "userId"'),
  ].join('|');
}

// ---- random values ----

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u200b',
  '\u0000',
  '\u001b[31m',
  '\u007f',
  '\uD800',
  '\uDFFF',
  '\u202eevil',
  'a'.repeat(20_001),
  '%ZZ',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "'; DROP TABLE events; --",
  'sino-russian-cooperation',
  'title',
  'zh',
  'ru',
  'en',
  'edit',
  'check',
  'reject',
  'reopen',
  'revert',
  'editSource',
  'cosmetic',
  'meaning',
  'admin',
  'reviewer',
  '__proto__',
  'constructor',
  '中文',
  'Ё',
  '1e309',
  'NaN',
  'true',
  'null',
];

function generator(seed: number) {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const string = (): string => {
    const r = random();
    if (r < 0.5) return pick(HOSTILE_STRINGS);
    if (r < 0.8) return Array.from({ length: int(40) }, () => String.fromCharCode(int(0x3000))).join('');
    return Array.from({ length: int(12) }, () => pick(['a', 'Я', '字', ' ', '\n', '\t', '-', '😀', '\u0301'])).join('');
  };
  const value = (depth = 0): unknown => {
    const r = random();
    if (depth > 3 || r < 0.35) return string();
    if (r < 0.45) return pick([0, 1, -1, 2, 3, 1.5, -0, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, 1e21]);
    if (r < 0.5) return pick([true, false, null, undefined]);
    if (r < 0.55) return pick([10n, new Date(0), new Map(), new Set([1]), () => 1, Symbol('x')]);
    if (r < 0.75) return Array.from({ length: int(5) }, () => value(depth + 1));
    const object: Record<string, unknown> = {};
    for (let i = int(6); i > 0; i -= 1) object[pick(FIELDS)] = value(depth + 1);
    return object;
  };
  return { random, int, pick, string, value };
}

const FIELDS = [
  'action',
  'documentId',
  'segmentId',
  'lang',
  'version',
  'text',
  'comment',
  'eventId',
  'change',
  'items',
  'source',
  'targets',
  'lines',
  'draft',
  'id',
  'kinds',
  'rows',
  'cells',
  'sourceLang',
  'languages',
  'omitted',
  'confidence',
  '__proto__',
];

/** A valid command with some fields replaced by random values: often valid, often nearly. */
function commandLike(g: ReturnType<typeof generator>): unknown {
  const base: Record<string, unknown> = {
    action: g.pick(['edit', 'check', 'reject', 'reopen', 'revert', 'editSource']),
    documentId: DOC,
    segmentId: g.pick(['title', 'intro-conference', 'p1-potential', 'summary']),
    lang: g.pick(['zh', 'ru', 'en']),
    version: g.int(4),
    text: g.pick(['A new text.', '新的译文。', 'Новый текст.', g.string()]),
    comment: g.pick([undefined, 'Because.', g.string()]),
    eventId: g.int(60),
    change: g.pick(['cosmetic', 'meaning']),
  };
  for (let i = g.int(3); i > 0; i -= 1) base[g.pick(FIELDS)] = g.value();
  return g.random() < 0.1 ? g.value() : base;
}

function formLike(g: ReturnType<typeof generator>, fields: string[]): unknown {
  if (g.random() < 0.1) return g.value();
  const form = new FormData();
  for (const field of fields) {
    const r = g.random();
    if (r < 0.15) continue;
    if (r < 0.25) form.append(field, new Blob([g.string()]), 'x.txt');
    else
      form.append(field, g.pick([g.string(), 'a-very-long-passphrase-9', 'reviewer@example.test', 'admin', 'on', 'true', 'zh']));
    if (g.random() < 0.1) form.append(field, g.string());
  }
  return form;
}

function isRedirect(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT');
}

// alignTexts loads the installed dictionaries on first use (once per process): done here.
beforeAll(() => loadLexicons(), 120_000);

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'triglot-fuzz-'));
  vi.stubEnv('TRIGLOT_DATA_DIR', dataDir);
  vi.stubEnv('TRIGLOT_CONTENT_DIR', CONTENT_DIR);
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('TRIGLOT_API_RATE_LIMIT', '1000000');
  vi.stubEnv('TRIGLOT_API_ANONYMOUS_RATE_LIMIT', '1000000');
  const m = await modules();
  const auth = await m.auth.getAuth();
  for (const [email, role] of [
    ['admin@example.test', 'admin'],
    ['reviewer@example.test', 'reviewer'],
  ] as const) {
    const user = await m.usersModule.createUser(auth, {
      email,
      name: role,
      password: 'fuzz-password-0001',
      role,
      languages: null,
    });
    if (role === 'reviewer') reviewerToken = (await m.tokens.createApiToken(await m.database.getDb(), user.id, 'fuzz')).token;
  }
  admin = await signedIn('admin@example.test');
  reviewer = await signedIn('reviewer@example.test');
}, 60_000);

afterAll(async () => {
  await (await (await modules()).database.getDb()).destroy();
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
});

type Target = { name: string; call: (g: ReturnType<typeof generator>) => Promise<unknown>; sessions: string[] };

describe(`fuzz (seed ${SEED}, ${CASES} cases per entry point)`, () => {
  const actions: Target[] = [
    {
      name: 'runTranslationCommand',
      sessions: ['', 'reviewer', 'admin'],
      call: async (g) => (await modules()).translations.runTranslationCommand(commandLike(g)),
    },
    {
      name: 'runBulkCheck',
      sessions: ['', 'reviewer'],
      call: async (g) =>
        (await modules()).translations.runBulkCheck(
          g.random() < 0.5
            ? {
                documentId: DOC,
                lang: g.pick(['zh', 'ru']),
                items: Array.from({ length: g.int(4) }, () => ({
                  segmentId: g.pick(['title', 'summary', g.string()]),
                  version: g.int(3),
                })),
                comment: g.value(),
              }
            : g.value(),
        ),
    },
    {
      name: 'alignTexts',
      sessions: ['', 'admin'],
      call: async (g) =>
        (await modules()).importActions.alignTexts(
          g.random() < 0.6
            ? {
                lines: g.random() < 0.5,
                source: { lang: g.pick(['en', 'zh', 'fr']), text: g.string() },
                targets: [{ lang: g.pick(['zh', 'ru', 'en']), text: g.string() }],
              }
            : g.value(),
        ),
    },
    {
      name: 'createImportedDocument',
      sessions: ['', 'admin'],
      call: async (g) =>
        (await modules()).importActions.createImportedDocument(
          g.random() < 0.6
            ? {
                id: g.pick(['fuzz-doc', 'Bad Id', DOC, g.string()]),
                draft: {
                  sourceLang: 'en',
                  languages: ['en', 'zh'],
                  rows: [{ cells: { en: [g.string()], zh: [g.string()] }, confidence: g.random() }],
                  omitted: [],
                },
              }
            : g.value(),
        ),
    },
    {
      name: 'signIn',
      sessions: [''],
      call: async (g) => (await modules()).authActions.signIn(null, formLike(g, ['email', 'password', 'next']) as FormData),
    },
    {
      name: 'setUpFirstAdmin',
      sessions: [''],
      call: async (g) =>
        (await modules()).authActions.setUpFirstAdmin(null, formLike(g, ['name', 'email', 'password']) as FormData),
    },
    {
      name: 'createUserAction',
      sessions: ['', 'admin'],
      call: async (g) =>
        (await modules()).users.createUserAction(
          null,
          formLike(g, ['email', 'name', 'password', 'role', 'languages']) as FormData,
        ),
    },
    {
      name: 'updateAccessAction',
      sessions: ['', 'admin'],
      call: async (g) =>
        (await modules()).users.updateAccessAction(null, formLike(g, ['userId', 'role', 'languages']) as FormData),
    },
    {
      name: 'setSelfCheckAction',
      sessions: ['', 'reviewer'],
      call: async (g) => (await modules()).users.setSelfCheckAction(null, formLike(g, ['allowSelfCheck']) as FormData),
    },
    {
      name: 'resetPasswordAction',
      sessions: ['', 'admin'],
      call: async (g) => (await modules()).users.resetPasswordAction(null, formLike(g, ['userId', 'password']) as FormData),
    },
    {
      name: 'setDeactivatedAction',
      sessions: ['', 'reviewer', 'admin'],
      call: async (g) => (await modules()).users.setDeactivatedAction(null, formLike(g, ['userId', 'deactivate']) as FormData),
    },
    {
      name: 'unlockSignInAction',
      sessions: ['', 'admin'],
      call: async (g) => (await modules()).users.unlockSignInAction(null, formLike(g, ['userId']) as FormData),
    },
    {
      name: 'renameDocumentAction',
      sessions: ['', 'reviewer', 'admin'],
      call: async (g) =>
        (await modules()).documents.renameDocumentAction(
          g.random() < 0.6
            ? {
                documentId: g.pick([DOC, 'fuzz-doc', g.string()]),
                titles: { [g.pick(['en', 'zh', 'ru', 'fr'])]: { text: g.string(), version: g.pick([0, 1, -1, 2.5]) } },
              }
            : g.value(),
        ),
    },
    {
      name: 'claimTranslation',
      sessions: ['', 'reviewer'],
      call: async (g) =>
        (await modules()).claims.claimTranslation(
          g.random() < 0.6
            ? {
                documentId: g.pick([DOC, 'fuzz-doc', g.string()]),
                segmentId: g.pick(['title', 'summary', g.string()]),
                lang: g.pick(['zh', 'ru', 'en', 'fr']),
                release: g.pick([true, false, g.value()]),
              }
            : g.value(),
        ),
    },
    {
      // The confirmation never repeats the seed's id, so the other entry points keep their document.
      name: 'deleteDocumentAction',
      sessions: ['', 'reviewer', 'admin'],
      call: async (g) =>
        (await modules()).documents.deleteDocumentAction(
          g.random() < 0.6
            ? { documentId: g.pick([DOC, 'fuzz-doc', g.string()]), confirm: g.pick(['', 'no', 'fuzz-doc']) }
            : g.value(),
        ),
    },
    {
      name: 'createApiTokenAction',
      sessions: ['', 'reviewer'],
      call: async (g) => (await modules()).tokenActions.createApiTokenAction(null, formLike(g, ['name']) as FormData),
    },
    {
      name: 'revokeApiTokenAction',
      sessions: ['', 'reviewer', 'admin'],
      call: async (g) => (await modules()).tokenActions.revokeApiTokenAction(null, formLike(g, ['id']) as FormData),
    },
  ];

  it.each(actions.map((a, i) => [a.name, i] as const))(
    'server action %s never throws, and refuses without writing',
    async (_name, index) => {
      const target = actions[index]!;
      const g = generator(SEED + index);
      for (let n = 0; n < CASES; n += 1) {
        const session = g.pick(target.sessions);
        cookie = session === 'admin' ? admin : session === 'reviewer' ? reviewer : '';
        const before = await fingerprint();
        let result: unknown;
        try {
          result = await target.call(g);
        } catch (error) {
          if (isRedirect(error)) continue;
          throw new Error(`${target.name} threw on case ${n} (seed ${SEED + index}): ${String(error)}`);
        }
        const refused =
          result !== null &&
          typeof result === 'object' &&
          ((result as { ok?: unknown }).ok === false || 'error' in (result as object));
        if (refused)
          expect(await fingerprint(), `${target.name} case ${n} (seed ${SEED + index}) refused but wrote`).toBe(before);
        // The admin and reviewer the fuzz signs in with must stay usable: undo what an account
        // action did to them, and sign in again where their sessions may have ended.
        if (['resetPasswordAction', 'updateAccessAction', 'setDeactivatedAction'].includes(target.name)) await restoreAccounts();
      }
    },
    120_000,
  );
});

describe(`REST API v1 fuzz (seed ${SEED}, ${CASES} cases per route)`, () => {
  type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const routes: { name: string; method: string; handler: () => Promise<Handler> }[] = [
    { name: 'GET documents', method: 'GET', handler: async () => (await modules()).v1.documents.GET as Handler },
    { name: 'GET segments', method: 'GET', handler: async () => (await modules()).v1.segments.GET as Handler },
    { name: 'PATCH translation', method: 'PATCH', handler: async () => (await modules()).v1.edit.PATCH as Handler },
    { name: 'POST check', method: 'POST', handler: async () => (await modules()).v1.check.POST as Handler },
    { name: 'POST reject', method: 'POST', handler: async () => (await modules()).v1.reject.POST as Handler },
    { name: 'POST reopen', method: 'POST', handler: async () => (await modules()).v1.reopen.POST as Handler },
    { name: 'GET export', method: 'GET', handler: async () => (await modules()).v1.exportRoute.GET as Handler },
    { name: 'POST import', method: 'POST', handler: async () => (await modules()).v1.importRoute.POST as Handler },
    { name: 'GET openapi.json', method: 'GET', handler: async () => (await modules()).v1.openapi.GET as Handler },
  ];
  const QUERY_KEYS = ['cursor', 'limit', 'format', 'lang', 'all', 'name', 'dry-run', 'dryRun'];

  it.each(routes.map((r, i) => [r.name, i] as const))(
    'v1 %s never answers 5xx, and writes nothing when it refuses',
    async (_name, index) => {
      const route = routes[index]!;
      const handler = await route.handler();
      const g = generator(SEED + 1000 + index);
      for (let n = 0; n < CASES; n += 1) {
        authorization = g.pick([
          '',
          '',
          `Bearer ${reviewerToken}`,
          `Bearer ${reviewerToken}`,
          'Bearer',
          'Bearer x y',
          'Basic Zm9vOmJhcg==',
          `Bearer ${Buffer.from(g.string()).toString('base64url')}`,
        ]);
        cookie = g.pick(['', reviewer]);
        const query = new URLSearchParams();
        for (let i = g.int(3); i > 0; i -= 1)
          query.append(g.pick(QUERY_KEYS), g.pick([g.string(), 'xliff', 'tsv', 'zh', '1', '500', '501', '-1', '0']));
        const params = {
          doc: g.pick([DOC, DOC, 'no-such-doc', g.string()]),
          segment: g.pick(['title', 'conclusion', g.string()]),
          lang: g.pick(['zh', 'ru', 'en', g.string()]),
        };
        const headers = new Headers({ 'x-triglot-peer-address': '198.51.100.201' });
        if (authorization) headers.set('authorization', authorization);
        if (cookie) headers.set('cookie', cookie);
        let body: string | undefined;
        if (route.method !== 'GET') {
          body = g.string();
          if (g.random() < 0.7) {
            try {
              body = JSON.stringify(g.value() ?? null);
            } catch {
              // A BigInt or the like: the random string stays.
            }
          }
          if (g.random() < 0.8) headers.set('content-type', g.pick(['application/json', 'text/plain', 'application/xml']));
        }
        const before = await fingerprint();
        let response: Response;
        try {
          response = await handler(new Request(`http://localhost/api/v1/x?${query}`, { method: route.method, headers, body }), {
            params: Promise.resolve(params),
          });
        } catch (error) {
          throw new Error(`${route.name} threw on case ${n} (seed ${SEED + 1000 + index}): ${String(error)}`);
        }
        expect(response.status, `${route.name} case ${n} (seed ${SEED + 1000 + index})`).toBeLessThan(500);
        if (response.status >= 400) {
          const json = (await response.json()) as { error?: unknown; message?: unknown };
          expect(typeof json.error === 'string' && typeof json.message === 'string', `${route.name} case ${n}: error shape`).toBe(
            true,
          );
          expect(await fingerprint(), `${route.name} case ${n} (seed ${SEED + 1000 + index}) refused but wrote`).toBe(before);
        } else await response.arrayBuffer();
      }
      authorization = '';
    },
    120_000,
  );
});

describe('review data that names people needs a session', () => {
  it('anonymous readers get texts and statuses, never names, ids or comments', async () => {
    const m = await modules();
    await restoreAccounts();
    cookie = reviewer;
    const rejected = await m.translations.runTranslationCommand({
      action: 'reject',
      documentId: DOC,
      segmentId: 'h2-economy',
      lang: 'ru',
      version: 1,
      comment: 'Names the wrong summit.',
    });
    expect(rejected.ok).toBe(true);

    const review = async () =>
      (await m.reviewRoute.GET(new Request('http://localhost/r'), { params: Promise.resolve({ doc: DOC, lang: 'ru' }) })).json();
    const history = async () =>
      (
        await m.historyRoute.GET(new Request('http://localhost/h'), {
          params: Promise.resolve({ doc: DOC, segment: 'h2-economy', lang: 'ru' }),
        })
      ).json();

    const signedInView = await review();
    const row = signedInView.rows.find((r: { segmentId: string }) => r.segmentId === 'h2-economy');
    expect(row.target.updatedBy).toBe('reviewer');
    expect(row.comments[0]).toMatchObject({ author: 'reviewer', body: 'Names the wrong summit.' });
    expect((await history())[0]).toMatchObject({ actor: 'reviewer', comment: 'Names the wrong summit.' });

    cookie = '';
    const anonymous = await review();
    const text = JSON.stringify(anonymous);
    expect(text).not.toContain('Names the wrong summit.');
    expect(text).not.toContain('"reviewer"');
    const anonymousRow = anonymous.rows.find((r: { segmentId: string }) => r.segmentId === 'h2-economy');
    expect(anonymousRow.target).toMatchObject({ status: 'rejected', updatedBy: null, textAuthorId: null });
    expect(anonymousRow.comments).toEqual([]);
    const anonymousHistory = await history();
    expect(anonymousHistory[0]).toMatchObject({ action: 'reject', actor: null, comment: null, statusAfter: 'rejected' });
    expect(JSON.stringify(anonymousHistory)).not.toContain('Names the wrong summit.');
  });

  it('an anonymous revert naming an unknown event gets 401, not 404', async () => {
    const m = await modules();
    cookie = '';
    const response = await m.patchRoute.PATCH(
      new Request('http://localhost/x', {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'revert', version: 1, eventId: 999_999 }),
      }),
      { params: Promise.resolve({ doc: 'no-such-doc', segment: 'x', lang: 'zh' }) },
    );
    expect(response.status).toBe(401);
  });

  it('stores text by the rules of lib/text, and refuses a lone surrogate with 400', async () => {
    const m = await modules();
    cookie = reviewer;
    const patch = (body: string) =>
      m.patchRoute.PATCH(
        new Request('http://localhost/x', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body }),
        {
          params: Promise.resolve({ doc: DOC, segment: 'conclusion', lang: 'zh' }),
        },
      );
    const lone = await patch('{"action":"edit","version":1,"text":"bad \\ud800 half"}');
    expect(lone.status).toBe(400);
    expect(await lone.json()).toMatchObject({ error: 'invalid', fieldErrors: { text: 'invalidCharacter' } });
    const invisible = await patch('{"action":"edit","version":1,"text":"\\u200b\\u200b"}');
    expect(await invisible.json()).toMatchObject({ fieldErrors: { text: 'required' } });
    const tooBig = await m.patchRoute.PATCH(
      new Request('http://localhost/x', {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: `{"text":"${'a'.repeat(300_000)}"}`,
      }),
      { params: Promise.resolve({ doc: DOC, segment: 'conclusion', lang: 'zh' }) },
    );
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ error: 'too-large', message: 'The request body is larger than 256 KiB.' });
  });
});
