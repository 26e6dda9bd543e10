import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_DIR } from './helpers';

/*
 * Session cookies that work wherever the app is served: Secure and __Secure- prefixed over
 * https and on loopback addresses; plain over http on any other host (where a browser would
 * drop a Secure cookie), with a loud warning.
 */
const PASSWORD = 'cookie-test-password';

async function fresh(env: Record<string, string>) {
  vi.resetModules();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'triglot-cookies-'));
  vi.stubEnv('TRIGLOT_DATA_DIR', dataDir);
  vi.stubEnv('TRIGLOT_CONTENT_DIR', CONTENT_DIR);
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('BETTER_AUTH_URL', '');
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  delete (globalThis as { triglotDb?: unknown }).triglotDb;
  delete (globalThis as { triglotAuth?: unknown }).triglotAuth;
  delete (globalThis as { triglotPlainWarned?: unknown }).triglotPlainWarned;
  const auth = await import('@/server/auth');
  const { createUser } = await import('@/server/users');
  await createUser(await auth.getAuth(), {
    email: 'c@example.test',
    name: 'C',
    password: PASSWORD,
    role: 'reader',
    languages: null,
  });
  return { auth, dataDir };
}

async function sessionCookie(auth: Awaited<ReturnType<typeof fresh>>['auth'], headers: Record<string, string>): Promise<string> {
  const h = new Headers(headers);
  const response = await (
    await auth.getAuthFor(h)
  ).api.signInEmail({
    body: { email: 'c@example.test', password: PASSWORD },
    headers: h,
    asResponse: true,
  });
  return response.headers.getSetCookie().find((c) => c.includes('session_token=')) ?? '';
}

describe('session cookies', () => {
  let dataDir = '';
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    const { getDb } = await import('@/server/database');
    await (await getDb()).destroy();
    delete (globalThis as { triglotDb?: unknown }).triglotDb;
    delete (globalThis as { triglotAuth?: unknown }).triglotAuth;
    vi.unstubAllEnvs();
    warn.mockRestore();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('without BETTER_AUTH_URL: Secure over https and on loopback, plain over http elsewhere, with a warning', async () => {
    const made = await fresh({});
    dataDir = made.dataDir;
    const https = await sessionCookie(made.auth, { host: 'triglot.example.org', 'x-forwarded-proto': 'https' });
    expect(https).toMatch(/^__Secure-triglot\.session_token=/);
    expect(https).toMatch(/; Secure/i);
    const loopback = await sessionCookie(made.auth, { host: '127.0.0.1:3000', 'x-forwarded-proto': 'http' });
    expect(loopback).toMatch(/^__Secure-triglot\.session_token=/);
    expect(String(warn.mock.calls.flat().join('\n'))).not.toContain('plain http');
    const intranet = await sessionCookie(made.auth, { host: '10.20.30.40:3000', 'x-forwarded-proto': 'http' });
    expect(intranet).toMatch(/^triglot\.session_token=/);
    expect(intranet).not.toMatch(/; Secure/i);
    expect(intranet).toMatch(/HttpOnly/i);
    expect(String(warn.mock.calls.flat().join('\n'))).toContain('served over plain http on 10.20.30.40:3000');
    // The plain cookie signs that browser in on its next request.
    const { headers } = {
      headers: new Headers({ host: '10.20.30.40:3000', 'x-forwarded-proto': 'http', cookie: intranet.split(';')[0]! }),
    };
    const session = await (await made.auth.getAuthFor(headers)).api.getSession({ headers });
    expect(session?.user.email).toBe('c@example.test');
  });

  it('BETTER_AUTH_URL on plain http off loopback: plain cookies and a loud warning at start', async () => {
    const made = await fresh({ BETTER_AUTH_URL: 'http://192.0.2.10:3000' });
    dataDir = made.dataDir;
    expect(String(warn.mock.calls.flat().join('\n'))).toContain('WARNING: Triglot is served over plain http on 192.0.2.10:3000');
    const cookie = await sessionCookie(made.auth, { host: '192.0.2.10:3000' });
    expect(cookie).toMatch(/^triglot\.session_token=/);
  });

  it('BETTER_AUTH_URL on https: Secure cookies whatever the request says', async () => {
    const made = await fresh({ BETTER_AUTH_URL: 'https://triglot.example.org', TRIGLOT_TRUSTED_PROXIES: '1' });
    dataDir = made.dataDir;
    const cookie = await sessionCookie(made.auth, { host: '10.0.0.1', 'x-forwarded-proto': 'http' });
    expect(cookie).toMatch(/^__Secure-triglot\.session_token=.*; Secure/i);
  });
});
