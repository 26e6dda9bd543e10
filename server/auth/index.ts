import { hostnameOf, secureCookiesWork } from '@/lib/http/origin';
import { readConfig } from '../config';
import { getDb } from '../database';
import { authSecret } from '../settings';
import { type Auth, createAuth } from './create';
import { migrateAuth } from './migrate';

export type { Auth } from './create';

interface Instances {
  /** Secure, `__Secure-` cookies: https, and http on a loopback address. */
  secure: Auth;
  /** Plain cookies: http on any other host, where a browser drops Secure cookies. */
  plain: Auth;
  /** BETTER_AUTH_URL's choice, when it is set. */
  fixed: Auth | undefined;
}

const globalForAuth = globalThis as typeof globalThis & { triglotAuth?: Promise<Instances>; triglotPlainWarned?: boolean };

function warnPlainHttp(where: string): void {
  const bar = '!'.repeat(78);
  console.warn(
    [
      bar,
      `triglot: WARNING: Triglot is served over plain http on ${where}.`,
      'triglot: Session cookies go without the Secure flag there (a browser would drop Secure ones and',
      'triglot: nobody could stay signed in), and passwords and cookies cross the network unencrypted.',
      'triglot: Serve it over https: put a TLS proxy in front and set BETTER_AUTH_URL=https://... (README,',
      'triglot: "Running behind a TLS proxy").',
      bar,
    ].join('\n'),
  );
}

async function open(): Promise<Instances> {
  const config = readConfig();
  const db = await getDb();
  const base = {
    db,
    dialect: config.databaseUrl ? ('postgres' as const) : ('sqlite' as const),
    secret: await authSecret(db),
    trustedProxies: config.trustedProxies,
  };
  const secure = createAuth({ ...base, secureCookies: true, ...(config.authUrl ? { baseURL: config.authUrl } : {}) });
  const plain = createAuth({ ...base, secureCookies: false, ...(config.authUrl ? { baseURL: config.authUrl } : {}) });
  let fixed: Auth | undefined;
  if (config.authUrl) {
    const url = new URL(config.authUrl);
    if (secureCookiesWork(url.protocol, url.hostname)) fixed = secure;
    else {
      fixed = plain;
      warnPlainHttp(`${url.host} (BETTER_AUTH_URL)`);
    }
    if (url.protocol === 'https:' && config.trustedProxies === 0) {
      console.warn(
        'triglot: BETTER_AUTH_URL is https but TRIGLOT_TRUSTED_PROXIES is 0. If a TLS proxy forwards to this server, set it to 1, or every client shares the proxy’s address in the sign-in limit per address.',
      );
    }
  }
  await migrateAuth(secure, base.dialect);
  return { secure, plain, fixed };
}

function instances(): Promise<Instances> {
  globalForAuth.triglotAuth ??= open().catch((error: unknown) => {
    globalForAuth.triglotAuth = undefined;
    throw error;
  });
  return globalForAuth.triglotAuth;
}

/** The app's auth instance, for work that sets no cookie (accounts, passwords, sessions by id). */
export async function getAuth(): Promise<Auth> {
  const { fixed, secure } = await instances();
  return fixed ?? secure;
}

/**
 * The auth instance whose cookies work for this request: BETTER_AUTH_URL's when set; otherwise
 * secure cookies over https and on loopback addresses, plain ones over http elsewhere (with a
 * loud warning, once).
 */
export async function getAuthFor(headers: Headers): Promise<Auth> {
  const { fixed, secure, plain } = await instances();
  if (fixed) return fixed;
  const protocol = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host') || 'localhost';
  if (secureCookiesWork(protocol, hostnameOf(host))) return secure;
  if (!globalForAuth.triglotPlainWarned) {
    globalForAuth.triglotPlainWarned = true;
    warnPlainHttp(host);
  }
  return plain;
}
