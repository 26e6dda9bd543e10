import { betterAuth } from 'better-auth';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import type { Db } from '../db/connect';
import { clearSignInFailures, recordSignInFailure, signInLockedFor } from './throttle';

export interface AuthConfig {
  db: Db;
  dialect: 'sqlite' | 'postgres';
  secret: string;
  /** Public origin (BETTER_AUTH_URL); derived from each request when unset. */
  baseURL?: string;
}

function emailOf(body: unknown): string | undefined {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email : undefined;
}

/**
 * Accounts: email and password (scrypt hashes), session cookies (httpOnly, SameSite=Lax),
 * on the app's own database. Nobody signs up: the first admin is created at /setup, others
 * by an admin or the CLI. Roles and language limits are user fields clients cannot set.
 */
export function createAuth({ db, dialect, secret, baseURL }: AuthConfig) {
  return betterAuth({
    appName: 'Triglot',
    database: { db, type: dialect },
    secret,
    ...(baseURL ? { baseURL } : {}),
    telemetry: { enabled: false },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 128 },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'reader', input: false },
        languages: { type: 'string', required: false, input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    advanced: {
      cookiePrefix: 'triglot',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    // Per-IP limits on the HTTP endpoints, kept in the database so they hold across servers.
    rateLimit: { enabled: true, storage: 'database' },
    hooks: {
      // Throttle by account, not only by IP: after repeated failures for one email, refuse
      // sign-in for a while, whichever server or path (HTTP or server action) is used.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== '/sign-in/email') return;
        const email = emailOf(ctx.body);
        if (!email) return;
        const wait = await signInLockedFor(db, email);
        if (wait > 0) {
          throw new APIError('TOO_MANY_REQUESTS', {
            message: `Too many failed sign-ins; try again in ${wait} s`,
            code: 'SIGN_IN_THROTTLED',
          });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== '/sign-in/email') return;
        const email = emailOf(ctx.body);
        if (!email) return;
        const returned = ctx.context.returned as { name?: string; body?: { code?: string } } | undefined;
        if (returned?.name === 'APIError') {
          if (returned.body?.code !== 'SIGN_IN_THROTTLED') await recordSignInFailure(db, email);
        } else if (ctx.context.newSession) {
          await clearSignInFailures(db, email);
        }
      }),
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
