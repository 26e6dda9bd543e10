import { describe, expect, it } from 'vitest';
import { PEER_HEADER } from '@/lib/http/address';
import { createAuth } from '@/server/auth/create';
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, accountLockedFor, unlockSignIn } from '@/server/auth/throttle';
import { listUsers } from '@/server/queries/users';
import { createUser, setUserDeactivated, setUserPassword } from '@/server/users';
import { DIALECTS, useTempDatabase } from './helpers';

const PASSWORD = 'a long enough password';

/** The code of a refused sign-in, or 'ok'. */
async function attempt(auth: ReturnType<typeof createAuth>, email: string, password: string, address = '198.51.100.1') {
  try {
    await auth.api.signInEmail({ body: { email, password }, headers: new Headers({ [PEER_HEADER]: address }) });
    return 'ok';
  } catch (error) {
    return (error as { body?: { code?: string } }).body?.code ?? String(error);
  }
}

function tally(codes: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

describe.each(DIALECTS)('sign-in limits on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  it(`evaluates exactly ${ACCOUNT_LIMIT.failures} of 100 parallel wrong passwords for one account`, async () => {
    const { auth } = database();
    await createUser(auth, { email: 'victim@example.test', name: 'V', password: PASSWORD, role: 'reader', languages: null });
    const codes = await Promise.all(
      Array.from({ length: 100 }, (_, i) => attempt(auth, 'victim@example.test', `wrong password ${i}`, `203.0.113.${i}`)),
    );
    expect(tally(codes)).toEqual({
      INVALID_EMAIL_OR_PASSWORD: ACCOUNT_LIMIT.failures,
      SIGN_IN_THROTTLED: 100 - ACCOUNT_LIMIT.failures,
    });
    // The right password does not get through the lock either.
    expect(await attempt(auth, 'victim@example.test', PASSWORD, '192.0.2.200')).toBe('SIGN_IN_THROTTLED');
  });

  it(`evaluates exactly ${ADDRESS_LIMIT.failures} of 60 accounts tried in parallel from one address`, async () => {
    const { auth } = database();
    const codes = await Promise.all(
      Array.from({ length: 60 }, (_, i) => attempt(auth, `user${i}@example.test`, 'wrong password 1', '198.51.100.66')),
    );
    expect(tally(codes)).toEqual({
      INVALID_EMAIL_OR_PASSWORD: ADDRESS_LIMIT.failures,
      SIGN_IN_THROTTLED: 60 - ADDRESS_LIMIT.failures,
    });
    // Another address is not affected.
    await createUser(auth, { email: 'other@example.test', name: 'O', password: PASSWORD, role: 'reader', languages: null });
    expect(await attempt(auth, 'other@example.test', PASSWORD, '198.51.100.67')).toBe('ok');
  });

  it('a forged X-Forwarded-For does not change the address when no proxy is trusted', async () => {
    const { auth } = database();
    const codes: string[] = [];
    for (let i = 0; i < ADDRESS_LIMIT.failures + 3; i += 1) {
      try {
        await auth.api.signInEmail({
          body: { email: `spray${i}@example.test`, password: 'wrong password 1' },
          headers: new Headers({ [PEER_HEADER]: '198.51.100.99', 'x-forwarded-for': `10.0.${i}.1` }),
        });
        codes.push('ok');
      } catch (error) {
        codes.push((error as { body?: { code?: string } }).body?.code ?? 'error');
      }
    }
    expect(codes.slice(-3)).toEqual(['SIGN_IN_THROTTLED', 'SIGN_IN_THROTTLED', 'SIGN_IN_THROTTLED']);
  });

  it('are shared by two app servers on one database, and an admin unlock lifts them at once', async () => {
    const { db, auth } = database();
    const second = createAuth({
      db,
      dialect,
      secret: 'integration-tests-secret-0123456789abcdef',
      baseURL: 'http://localhost:3000',
    });
    await createUser(auth, { email: 'shared@example.test', name: 'S', password: PASSWORD, role: 'reader', languages: null });
    const codes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        attempt(i % 2 ? auth : second, 'shared@example.test', `wrong ${i} password`, `192.0.2.${i}`),
      ),
    );
    expect(tally(codes).INVALID_EMAIL_OR_PASSWORD).toBe(ACCOUNT_LIMIT.failures);
    expect(await accountLockedFor(db, 'shared@example.test')).toBeGreaterThan(0);
    expect((await listUsers(db)).find((u) => u.email === 'shared@example.test')?.lockedFor).toBeGreaterThan(0);
    expect(await unlockSignIn(db, { email: 'Shared@Example.test' })).toBe(true);
    expect(await attempt(second, 'shared@example.test', PASSWORD, '192.0.2.77')).toBe('ok');
  });

  it('a success gives its reservation back: the account counter clears', async () => {
    const { db, auth } = database();
    await createUser(auth, { email: 'typo@example.test', name: 'T', password: PASSWORD, role: 'reader', languages: null });
    for (let i = 0; i < ACCOUNT_LIMIT.failures - 1; i += 1) await attempt(auth, 'typo@example.test', `typo ${i} password`);
    expect(await attempt(auth, 'typo@example.test', PASSWORD)).toBe('ok');
    expect(
      await db.selectFrom('sign_in_limits').select('failures').where('key', '=', 'account:typo@example.test').execute(),
    ).toEqual([]);
  });
});

describe.each(DIALECTS)('accounts an admin manages on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  it('a deactivated account cannot sign in and loses its sessions; reactivated, it can again', async () => {
    const { db, auth } = database();
    const user = await createUser(auth, {
      email: 'gone@example.test',
      name: 'G',
      password: PASSWORD,
      role: 'translator',
      languages: null,
    });
    const signedIn = await auth.api.signInEmail({ body: { email: 'gone@example.test', password: PASSWORD }, asResponse: true });
    const cookie = signedIn.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).not.toBeNull();
    await setUserDeactivated(auth, db, user.id, true);
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
    expect(await attempt(auth, 'gone@example.test', PASSWORD)).toBe('ACCOUNT_DEACTIVATED');
    expect((await listUsers(db)).find((u) => u.id === user.id)?.deactivated).toBe(true);
    await setUserDeactivated(auth, db, user.id, false);
    expect(await attempt(auth, 'gone@example.test', PASSWORD, '192.0.2.9')).toBe('ok');
  });

  it('a password reset replaces the password and ends the sessions', async () => {
    const { auth } = database();
    const user = await createUser(auth, {
      email: 'reset@example.test',
      name: 'R',
      password: PASSWORD,
      role: 'reader',
      languages: null,
    });
    const signedIn = await auth.api.signInEmail({ body: { email: 'reset@example.test', password: PASSWORD }, asResponse: true });
    const cookie = signedIn.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    expect(await setUserPassword(auth, user.id, 'a brand new passphrase')).toBe(true);
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
    expect(await attempt(auth, 'reset@example.test', PASSWORD)).toBe('INVALID_EMAIL_OR_PASSWORD');
    expect(await attempt(auth, 'reset@example.test', 'a brand new passphrase')).toBe('ok');
  });

  it('refuses weak passwords for new accounts', async () => {
    const { auth } = database();
    for (const password of ['12345678', '        ', 'qwerty123456', 'password1234']) {
      await expect(
        createUser(auth, { email: 'weak@example.test', name: 'W', password, role: 'reader', languages: null }),
      ).rejects.toThrow();
    }
  });
});
