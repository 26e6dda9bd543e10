import { betterAuth } from 'better-auth';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { clientAddress } from '@/lib/http/address';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/password';
import type { Db } from '../db/connect';
import { releaseSignInAttempt, reserveSignInAttempt } from './throttle';

export interface AuthConfig {
  db: Db;
  dialect: 'sqlite' | 'postgres';
  secret: string;
  /** Public origin (BETTER_AUTH_URL); derived from each request when unset. */
  baseURL?: string;
  /**
   * Secure, `__Secure-` prefixed cookies (https, or a loopback address where browsers accept
   * them over http), or plain ones (http on another host, where a browser drops Secure cookies).
   * Unset: the library's default (secure in production).
   */
  secureCookies?: boolean;
  /** How many proxies in front append to X-Forwarded-For (TRIGLOT_TRUSTED_PROXIES). */
  trustedProxies?: number;
}

function emailOf(body: unknown): string | undefined {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email : undefined;
}

/**
 * Accounts: email and password (scrypt hashes), session cookies (httpOnly, SameSite=Lax),
 * on the app's own database. Nobody signs up: the first admin is created at /setup, others
 * by an admin or the CLI. Roles, language limits and deactivation are user fields clients
 * cannot set.
 */
export function createAuth({ db, dialect, secret, baseURL, secureCookies, trustedProxies = 0 }: AuthConfig) {
  const addressOf = (headers: Headers | undefined) => clientAddress(headers ?? new Headers(), trustedProxies);
  return betterAuth({
    appName: 'Triglot',
    database: { db, type: dialect },
    secret,
    ...(baseURL ? { baseURL } : {}),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'reader', input: false },
        languages: { type: 'string', required: false, input: false },
        deactivatedAt: { type: 'string', required: false, input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    advanced: {
      cookiePrefix: 'triglot',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      ...(secureCookies === undefined ? {} : { useSecureCookies: secureCookies }),
    },
    // The app does not mount the library's HTTP handler, so its own limiter would never run:
    // sign-in limits are the app's (server/auth/throttle.ts), applied on every path below.
    rateLimit: { enabled: false },
    databaseHooks: {
      session: {
        create: {
          // A deactivated account gets no session, whichever way it signs in.
          async before(session) {
            const user = await db.selectFrom('user').select('deactivatedAt').where('id', '=', session.userId).executeTakeFirst();
            if (user?.deactivatedAt) {
              throw new APIError('FORBIDDEN', { message: 'This account has been deactivated', code: 'ACCOUNT_DEACTIVATED' });
            }
          },
        },
      },
    },
    hooks: {
      // Limits per account and per client address, reserved atomically before the password is
      // checked, whichever server or path (HTTP or server action) is used.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== '/sign-in/email') return;
        const email = emailOf(ctx.body);
        if (!email) return;
        const wait = await reserveSignInAttempt(db, email, addressOf(ctx.headers));
        if (wait > 0) {
          throw new APIError('TOO_MANY_REQUESTS', {
            message: `Too many failed sign-ins; try again in ${wait} s`,
            code: 'SIGN_IN_THROTTLED',
            retryAfter: wait,
          });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== '/sign-in/email') return;
        const email = emailOf(ctx.body);
        if (!email) return;
        if (ctx.context.newSession) await releaseSignInAttempt(db, email, addressOf(ctx.headers));
      }),
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
