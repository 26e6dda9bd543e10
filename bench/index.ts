/**
 * `npm run bench`: builds nothing (run `npm run build` first), starts the built app on a fresh
 * SQLite database holding the seed article and a generated 5,000-segment book, measures, and
 * prints one table, which it also writes to bench/RESULTS.md with the date and the machine.
 * Figures are to be compared within one run (ratios against a baseline measured beside them);
 * nothing here asserts a threshold.
 *   npm run bench [-- --seconds 8]
 */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { syntheticCase, syntheticTriple } from '../lib/align/devset/synthetic';
import { alignJoint, alignParagraphs } from '../lib/align/index';
import { createAuth } from '../server/auth/create';
import { migrateAuth } from '../server/auth/migrate';
import { seedIfEmpty } from '../server/content/seed';
import { openSqlite } from '../server/db/connect';
import { authSecret } from '../server/settings';
import { createUser } from '../server/users';
import { load, type LoadResult, staticServer } from './load';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '8' }, port: { type: 'string', default: '3900' } },
});
const SECONDS = Number(values.seconds);
const PORT = Number(values.port);
const BASE = `http://127.0.0.1:${PORT}`;
const here = path.resolve(import.meta.dirname, '..');
const rows: [string, string, string][] = [];
const row = (what: string, figure: string, beside: string) => {
  rows.push([what, figure, beside]);
  console.log(`${what}: ${figure}${beside ? ` (${beside})` : ''}`);
};
const fmt = (r: LoadResult) =>
  `${r.perSecond.toFixed(0)} req/s, p99 ${r.p99.toFixed(1)} ms${r.failures ? `, ${r.failures} failed` : ''}`;

async function main() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'triglot-bench-'));
  try {
    const content = path.join(root, 'content');
    await cp(path.join(here, 'content'), content, { recursive: true });
    const books = path.join(root, 'book-only');
    const gen = spawnSync('npx', ['tsx', 'scripts/generate-book.ts', '--segments', '5000', '--id', 'book-5000', books], {
      cwd: here,
      encoding: 'utf8',
    });
    if (gen.status !== 0) throw new Error(gen.stderr);
    await cp(books, content, { recursive: true });

    // Import of 5,000 × 3 in a process of its own, for its peak memory.
    const imported = spawnSync('npx', ['tsx', 'bench/import-book.ts', books, path.join(root, 'import-data')], {
      cwd: here,
      encoding: 'utf8',
    });
    if (imported.status !== 0) throw new Error(imported.stderr);
    const importFigures = JSON.parse(imported.stdout.trim().split('\n').at(-1) ?? '{}') as { ms: number; peakRssMb: number };
    row(
      'import 5,000 segments × 3 languages (content folder, committed in hidden chunks)',
      `${(importFigures.ms / 1000).toFixed(1)} s`,
      `peak RSS ${importFigures.peakRssMb.toFixed(0)} MB`,
    );

    // The import wizard's path for 2,000,000 characters × 3 (upload, align, create), in a process of its own.
    const texts = path.join(root, 'wizard-texts');
    const generated = spawnSync('npx', ['tsx', 'bench/import-wizard.ts', 'generate', texts], { cwd: here, encoding: 'utf8' });
    if (generated.status !== 0) throw new Error(generated.stderr);
    await mkdir(path.join(root, 'wizard-content'), { recursive: true });
    const wizard = spawnSync('npx', ['tsx', 'bench/import-wizard.ts', 'run', texts], {
      cwd: here,
      encoding: 'utf8',
      env: {
        ...process.env,
        TRIGLOT_DATA_DIR: path.join(root, 'wizard-data'),
        TRIGLOT_CONTENT_DIR: path.join(root, 'wizard-content'),
        DATABASE_URL: '',
      },
    });
    if (wizard.status !== 0) throw new Error(wizard.stderr);
    const wizardFigures = JSON.parse(wizard.stdout.trim().split('\n').at(-1) ?? '{}') as {
      uploadMs: number;
      alignMs: number;
      createMs: number;
      ms: number;
      peakRssMb: number;
    };
    row(
      'import wizard path, 2,000,000 characters × 3 languages (upload, align, create)',
      `${(wizardFigures.ms / 1000).toFixed(1)} s`,
      `upload ${(wizardFigures.uploadMs / 1000).toFixed(1)} s, align ${(wizardFigures.alignMs / 1000).toFixed(1)} s, create ${(wizardFigures.createMs / 1000).toFixed(1)} s; peak RSS ${wizardFigures.peakRssMb.toFixed(0)} MB`,
    );

    // The app's database, with 20 reviewers signed in.
    const dataDir = path.join(root, 'data');
    const db = await openSqlite(dataDir);
    await seedIfEmpty(db, content);
    const auth = createAuth({ db, dialect: 'sqlite', secret: await authSecret(db), baseURL: BASE });
    await migrateAuth(auth);
    const cookies: string[] = [];
    for (let i = 0; i < 20; i++) {
      const email = `reviewer${i}@bench.test`;
      await createUser(auth, { email, name: `Reviewer ${i}`, password: 'bench-password-123', role: 'reviewer', languages: null });
      const response = await auth.api.signInEmail({ body: { email, password: 'bench-password-123' }, asResponse: true });
      const session = response.headers.getSetCookie().find((c) => c.includes('session_token='));
      if (!session) throw new Error('no session cookie');
      // The server runs in production, where the cookie carries the __Secure- prefix: send both names.
      const value = (session.split(';')[0] ?? '').split('=').slice(1).join('=');
      cookies.push(`triglot.session_token=${value}; __Secure-triglot.session_token=${value}`);
    }
    await db.destroy();

    const server = spawn(process.execPath, ['serve.mjs', '--port', String(PORT)], {
      cwd: here,
      env: { ...process.env, TRIGLOT_DATA_DIR: dataDir, TRIGLOT_CONTENT_DIR: content, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    });
    try {
      for (let i = 0; ; i++) {
        if (i > 300) throw new Error('the app did not start');
        const ok = await fetch(`${BASE}/api/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await measureReader('article', `${BASE}/en/read/sino-russian-cooperation?cols=en,zh,ru`);
      await measureReader('book page 100', `${BASE}/en/read/book-5000?cols=en,zh,ru&p=100`);
      await measureJavaScript(`${BASE}/en/read/sino-russian-cooperation?cols=en,zh,ru`);
      await measureReview(cookies[0] ?? '');
      await measureChecks(cookies);
    } finally {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    }

    const c = syntheticCase(10_000, 42);
    const t0 = performance.now();
    alignParagraphs(c.src, c.tgt);
    row('align 10,000 × 10,000 paragraphs', `${((performance.now() - t0) / 1000).toFixed(2)} s`, '');
    const triple = syntheticTriple(10_000, 42);
    const t1 = performance.now();
    alignJoint(triple.texts);
    row(
      'align 10,000 × 10,000 × 10,000 paragraphs jointly',
      `${((performance.now() - t1) / 1000).toFixed(2)} s`,
      'quality: see Alignment below',
    );

    await writeResults();
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function measureReader(name: string, url: string) {
  for (let i = 0; i < 3; i++) await fetch(url).then((r) => r.arrayBuffer());
  const page = await fetch(url);
  const body = Buffer.from(await page.arrayBuffer());
  const cache =
    page.headers.get('x-triglot-cache') === 'hit'
      ? 'front cache hit'
      : `Next cache ${page.headers.get('x-nextjs-cache') ?? 'none'}`;
  const app = await load({ url, connections: 20, seconds: SECONDS });
  const bare = await staticServer(body, 'text/html; charset=utf-8');
  const baseline = await load({ url: bare.url, connections: 20, seconds: SECONDS });
  await bare.close();
  row(
    `reader, ${name}: ${(body.byteLength / 1024).toFixed(0)} KiB HTML, 20 connections (${cache})`,
    fmt(app),
    `bare Node server, same bytes: ${fmt(baseline)}; ratio ${(app.perSecond / baseline.perSecond).toFixed(2)}`,
  );
}

async function scriptsOf(html: string): Promise<number> {
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? '');
  let total = 0;
  for (const src of new Set(sources))
    total += gzipSync(Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer())).byteLength;
  return total;
}

async function measureJavaScript(url: string) {
  const reader = await scriptsOf(await (await fetch(url)).text());
  // The floor: this build's own empty page (the root not-found page: no providers, no components of ours).
  const floor = await scriptsOf(await readFile(path.join(here, '.next/server/app/_not-found.html'), 'utf8'));
  row(
    'reader JavaScript, gzip (anonymous, article)',
    `${(reader / 1024).toFixed(1)} KiB`,
    `empty page of this build: ${(floor / 1024).toFixed(1)} KiB; +${((reader - floor) / 1024).toFixed(1)} KiB`,
  );
}

async function measureReview(cookie: string) {
  const times: number[] = [];
  for (const query of ['', '?status=draft', '?q=harbour', '?status=checked', '?q=ёлка', '?outdated=1']) {
    const t0 = performance.now();
    const r = await fetch(`${BASE}/api/review/book-5000/zh${query}`, { headers: { cookie } });
    await r.arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  row(
    'review list of a 5,000-segment document, one filter change (HTTP, loopback)',
    `median ${times[Math.floor(times.length / 2)]?.toFixed(0)} ms`,
    `max ${times.at(-1)?.toFixed(0)} ms over ${times.length} filters`,
  );
}

async function measureChecks(cookies: string[]) {
  // The generated book's paragraphs are p1…p4999 (headings ch1… fall in between: 404).
  const ids = Array.from({ length: 4999 }, (_, i) => `p${i + 1}`);
  const statuses = new Map<number, number>();
  const queues = cookies.map((_, w) => ids.filter((_, i) => i % cookies.length === w));
  const checks = await load({
    url: `${BASE}/api/translations/book-5000/x/zh`,
    connections: cookies.length,
    seconds: SECONDS,
    request: (worker, n) => {
      const segment = queues[worker]?.[n];
      if (!segment) return null;
      return {
        method: 'PATCH',
        path: `/api/translations/book-5000/${segment}/zh`,
        headers: { cookie: cookies[worker] ?? '', 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'check', version: 1 }),
      };
    },
    // A heading id has no paragraph: 404 is expected for those few, and counts as answered.
    ok: (s) => {
      statuses.set(s, (statuses.get(s) ?? 0) + 1);
      return s === 200 || s === 404;
    },
  });
  const health = await load({ url: `${BASE}/api/health`, connections: cookies.length, seconds: SECONDS });
  const refused = [...statuses].filter(([s]) => s !== 200 && s !== 404);
  if (refused.length > 0) console.warn(`checks answered ${JSON.stringify(refused)}: the figure below is not of checks`);
  row(
    'mark checked, 20 reviewers at once (PATCH, one transaction and event each)',
    fmt(checks),
    `GET /api/health on the same server: ${fmt(health)}`,
  );
}

async function writeResults() {
  const cpu = os.cpus();
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${SECONDS} s per load.`,
    'Compare figures within this run; absolute numbers depend on the machine and what else it is doing.',
    '',
    '| what | figure | beside it |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
  await mkdir(path.join(here, 'bench'), { recursive: true });
  await writeFile(path.join(here, 'bench', 'RESULTS.md'), lines.join('\n'));
  console.log(`\n${lines.slice(5).join('\n')}`);
}

await main();
