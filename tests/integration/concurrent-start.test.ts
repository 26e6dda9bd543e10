import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Actor } from '@/lib/review';
import { openPostgres } from '@/server/db/postgres';
import { executeCommand } from '@/server/translations';
import { CONTENT_DIR } from './helpers';

const ROOT = path.resolve(__dirname, '../..');

function startApp(databaseUrl: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['tests/integration/fixtures/start-app.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, TRIGLOT_CONTENT_DIR: CONTENT_DIR, BETTER_AUTH_SECRET: '' },
      stdio: 'pipe',
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('two app servers started at the same moment on one empty PostgreSQL', () => {
  const admin = () =>
    new Kysely<unknown>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: inject('postgresUrl'), max: 1 }) }),
    });
  const dropped: string[] = [];
  afterEach(async () => {
    const db = admin();
    for (const name of dropped.splice(0)) await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(db);
    await db.destroy();
  });

  it('both come up (migrations, the auth library’s included, one after the other), and share one database', async () => {
    for (let trial = 0; trial < 3; trial += 1) {
      const name = `triglot_start_${randomBytes(5).toString('hex')}`;
      dropped.push(name);
      const db = admin();
      await sql`CREATE DATABASE ${sql.id(name)}`.execute(db);
      await db.destroy();
      const url = new URL(inject('postgresUrl'));
      url.pathname = `/${name}`;

      const [first, second] = await Promise.all([startApp(url.toString()), startApp(url.toString())]);
      expect(first, first.output).toMatchObject({ code: 0 });
      expect(second, second.output).toMatchObject({ code: 0 });

      // Two servers on it: a stale write through one after a write through the other is a conflict.
      const a = await openPostgres(url.toString());
      const b = await openPostgres(url.toString());
      try {
        const users = await a.selectFrom('user').select('id').execute();
        expect(users).toEqual([]);
        const documents = await a.selectFrom('documents').select('id').execute();
        expect(documents.map((d) => d.id)).toEqual(['sino-russian-cooperation']);
        const translator: Actor = { id: 't', role: 'translator', languages: null };
        const command = { action: 'edit', documentId: 'sino-russian-cooperation', segmentId: 'title', lang: 'zh', version: 1 };
        expect(await executeCommand(a, translator, { ...command, text: 'first' })).toMatchObject({ ok: true });
        expect(await executeCommand(b, translator, { ...command, text: 'stale' })).toMatchObject({
          ok: false,
          error: 'conflict',
          current: { text: 'first', version: 2 },
        });
      } finally {
        await a.destroy();
        await b.destroy();
      }
    }
  }, 180_000);

  it('a start that cannot reach its database fails with exit code 1', async () => {
    const result = await startApp('postgres://nobody@127.0.0.1:1/nothing');
    expect(result.code).toBe(1);
  }, 60_000);
});
