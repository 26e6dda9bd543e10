import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, expect, request as playwrightRequest, test } from '@playwright/test';
import SQLite from 'better-sqlite3';
import { setupPort } from '../../playwright.config';
import { DOC, PASSWORD } from './support';

/*
 * Proof that lasts: the built server killed with SIGKILL under write load, five times, keeps
 * every write it acknowledged and a database that passes its integrity check, with no event
 * without its state; and a start that cannot open its database exits non-zero instead of
 * serving 500s. Each test starts servers of its own, on their own ports and data folders.
 */
test.describe.configure({ mode: 'serial' });

const root = fileURLToPath(new URL('../..', import.meta.url));
const serve = path.join(root, 'serve.mjs');
const crashPort = setupPort + 1;
const SEGMENTS = ['title', 'intro-conference', 'intro-juncture', 'intro-key-issues', 'p1-potential', 'p2-economy'];

/** Resolves when the process has exited (at once if it already has). */
function exited(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => server.once('exit', () => resolve()));
}

function startServer(dataDir: string, port: number, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [serve, '--port', String(port)], {
    cwd: root,
    env: {
      ...process.env,
      TRIGLOT_DATA_DIR: dataDir,
      TRIGLOT_CONTENT_DIR: path.join(root, 'content'),
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

async function waitUntilUp(port: number, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/review/${DOC}/zh`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not come up');
}

async function sessionCookie(browser: Browser, port: number): Promise<string> {
  // Sign in through the form's server action as a browser does; the context keeps the cookie.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/en/sign-in`);
    await page.getByLabel('Email').fill('crash@example.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const cookies = await context.cookies();
    return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  } finally {
    await context.close();
  }
}

interface Ack {
  segmentId: string;
  text: string;
  version: number;
  eventId: number;
}

test('five SIGKILLs under write load: integrity ok, every acknowledged write kept, no event without its state', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'triglot-crash-'));
  const dataDir = path.join(dir, 'data');
  const acks: Ack[] = [];
  try {
    execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules/tsx/dist/cli.mjs'),
        'cli/index.ts',
        'user',
        'add',
        '--email',
        'crash@example.test',
        '--role',
        'reviewer',
      ],
      {
        cwd: root,
        env: { ...process.env, TRIGLOT_DATA_DIR: dataDir, TRIGLOT_CONTENT_DIR: path.join(root, 'content') },
        input: `${PASSWORD}\n`,
      },
    );
    let server = startServer(dataDir, crashPort);
    await waitUntilUp(crashPort, server);
    const cookie = await sessionCookie(browser, crashPort);
    const versions = new Map(SEGMENTS.map((s) => [s, 1]));

    for (let round = 0; round < 5; round += 1) {
      const api = await playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${crashPort}`, extraHTTPHeaders: { cookie } });
      let running = true;
      const writers = SEGMENTS.map(async (segmentId, w) => {
        for (let n = 0; running; n += 1) {
          const text = `Round ${round}, writer ${w}, edit ${n}.`;
          try {
            const response = await api.patch(`/api/translations/${DOC}/${segmentId}/ru`, {
              data: { action: 'edit', version: versions.get(segmentId), text },
              timeout: 5_000,
            });
            if (response.status() !== 200) continue;
            const result = await response.json();
            versions.set(segmentId, result.translation.version);
            acks.push({ segmentId, text, version: result.translation.version, eventId: result.eventId });
          } catch {
            // The server died mid-request: this write was never acknowledged.
            return;
          }
        }
      });
      await new Promise((r) => setTimeout(r, 1_500 + round * 250));
      server.kill('SIGKILL');
      running = false;
      await exited(server);
      await Promise.all(writers);
      await api.dispose();
      await exited(server);
      server = startServer(dataDir, crashPort);
      await waitUntilUp(crashPort, server);
      // A write the client never heard back about may have landed: start from what is stored.
      const db = new SQLite(path.join(dataDir, 'triglot.db'), { readonly: true });
      for (const segmentId of SEGMENTS) {
        const row = db
          .prepare('SELECT version FROM translations WHERE document_id = ? AND segment_id = ? AND lang = ?')
          .get(DOC, segmentId, 'ru') as { version: number };
        versions.set(segmentId, row.version);
      }
      db.close();
    }
    server.kill('SIGTERM');
    await exited(server);

    expect(acks.length).toBeGreaterThan(50);
    const db = new SQLite(path.join(dataDir, 'triglot.db'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const event = db.prepare('SELECT text_after, version, segment_id FROM events WHERE id = ?');
    for (const ack of acks) {
      expect(event.get(ack.eventId), `acknowledged write ${JSON.stringify(ack)}`).toEqual({
        text_after: ack.text,
        version: ack.version,
        segment_id: ack.segmentId,
      });
    }
    // Every translation's state is its latest event's, and every event has its state: versions
    // run 1..n with no gap, the last one is the row's.
    for (const segmentId of SEGMENTS) {
      const row = db
        .prepare('SELECT text, version FROM translations WHERE document_id = ? AND segment_id = ? AND lang = ?')
        .get(DOC, segmentId, 'ru') as { text: string; version: number };
      const events = db
        .prepare('SELECT version, text_after FROM events WHERE document_id = ? AND segment_id = ? AND lang = ? ORDER BY id')
        .all(DOC, segmentId, 'ru') as { version: number; text_after: string }[];
      expect(events.map((e) => e.version)).toEqual(Array.from({ length: row.version }, (_, i) => i + 1));
      expect(events.at(-1)?.text_after).toBe(row.text);
    }
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a start that cannot open its database exits non-zero instead of serving 500s', async () => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'triglot-badstart-'));
  try {
    const server = startServer(path.join(dir, 'data'), crashPort + 1, { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nothing' });
    let stderr = '';
    server.stderr?.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        server.kill('SIGKILL');
        resolve(null);
      }, 60_000);
      server.once('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
      // Next only runs instrumentation when it handles its first request: knock.
      const knock = setInterval(() => {
        fetch(`http://127.0.0.1:${crashPort + 1}/en`).catch(() => undefined);
      }, 500);
      server.once('exit', () => clearInterval(knock));
    });
    expect(code, stderr).toBe(1);
    expect(stderr).toContain('triglot: cannot start');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
