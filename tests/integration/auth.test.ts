import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_LIMIT } from '@/server/auth/throttle';

const MAX_FAILURES = ACCOUNT_LIMIT.failures;
import { countUsers, listUsers } from '@/server/queries/users';
import { createUser, updateUserAccess, UserExistsError } from '@/server/users';
import { DIALECTS, useTempDatabase } from './helpers';

const PASSWORD = 'a long enough password';

function signInRequest(email: string, password: string) {
  return new Request('http://localhost:3000/api/auth/sign-in/email', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', 'x-forwarded-for': '203.0.113.9' },
    body: JSON.stringify({ email, password }),
  });
}

describe.each(DIALECTS)('accounts on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  it('stores a password only as a hash, and signs in with it', async () => {
    const { db, auth } = database();
    const user = await createUser(auth, {
      email: 'Translator@Example.test',
      name: 'T',
      password: PASSWORD,
      role: 'translator',
      languages: ['zh'],
    });
    expect(user).toMatchObject({ email: 'translator@example.test', role: 'translator', languages: ['zh'] });
    // The auth library's own table: read it as any operator would.
    const { rows } = await sql`SELECT * FROM account`.execute(db);
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(PASSWORD);
    const session = await auth.api.signInEmail({ body: { email: 'translator@example.test', password: PASSWORD } });
    expect(session.user.email).toBe('translator@example.test');
  });

  it('sets an httpOnly, SameSite session cookie', async () => {
    const { auth } = database();
    await createUser(auth, { email: 'r@example.test', name: 'R', password: PASSWORD, role: 'reviewer', languages: null });
    const response = await auth.handler(signInRequest('r@example.test', PASSWORD));
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/triglot\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it(`refuses sign-in after ${MAX_FAILURES} failures for the account, even with the right password`, async () => {
    const { auth } = database();
    await createUser(auth, { email: 'victim@example.test', name: 'V', password: PASSWORD, role: 'reader', languages: null });
    for (let i = 0; i < MAX_FAILURES; i += 1) {
      await expect(
        auth.api.signInEmail({ body: { email: 'victim@example.test', password: `wrong ${i}` } }),
      ).rejects.toMatchObject({
        body: { code: 'INVALID_EMAIL_OR_PASSWORD' },
      });
    }
    await expect(auth.api.signInEmail({ body: { email: 'victim@example.test', password: PASSWORD } })).rejects.toMatchObject({
      body: { code: 'SIGN_IN_THROTTLED' },
    });
    // Another account is not affected.
    await createUser(auth, { email: 'other@example.test', name: 'O', password: PASSWORD, role: 'reader', languages: null });
    await expect(auth.api.signInEmail({ body: { email: 'other@example.test', password: PASSWORD } })).resolves.toBeTruthy();
  });

  it('nobody signs up on their own; users come from an admin or the CLI', async () => {
    const { db, auth } = database();
    await expect(
      auth.api.signUpEmail({ body: { email: 'self@example.test', password: PASSWORD, name: 'Self' } }),
    ).rejects.toBeTruthy();
    expect(await countUsers(db)).toBe(0);
  });

  it('refuses a second account with the same email, and updates role and languages', async () => {
    const { db, auth } = database();
    const user = await createUser(auth, {
      email: 'a@example.test',
      name: 'A',
      password: PASSWORD,
      role: 'translator',
      languages: null,
    });
    await expect(
      createUser(auth, { email: 'A@example.test', name: 'A2', password: PASSWORD, role: 'admin', languages: null }),
    ).rejects.toBeInstanceOf(UserExistsError);
    expect(await updateUserAccess(db, user.id, 'reviewer', ['ru'])).toBe(true);
    expect(await listUsers(db)).toEqual([
      { id: user.id, name: 'A', email: 'a@example.test', role: 'reviewer', languages: ['ru'], deactivated: false, lockedFor: 0 },
    ]);
  });
});
