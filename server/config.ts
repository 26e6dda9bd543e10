import path from 'node:path';
import { z } from 'zod';

/** A whole number of at least `min` from the environment, with a message that says what it is. */
function wholeNumber(what: string, fallback: string, min: number) {
  return z
    .string()
    .regex(/^\d+$/, `must be a whole number: ${what}`)
    .default(fallback)
    .transform(Number)
    .refine((n) => n >= min, `must be at least ${min}: ${what}`);
}

const envSchema = z.object({
  TRIGLOT_DATA_DIR: z.string().min(1).default('data'),
  TRIGLOT_CONTENT_DIR: z.string().min(1).default('content'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  BETTER_AUTH_URL: z
    .url({
      protocol: /^https?$/,
      error: 'must be an http:// or https:// URL (the public origin, e.g. https://triglot.example.org)',
    })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  TRIGLOT_TRUSTED_PROXIES: z
    .string()
    .regex(
      /^\d+$/,
      'must be a whole number: how many proxies in front append to X-Forwarded-For (0 when clients connect directly)',
    )
    .default('0')
    .transform(Number),
  TRIGLOT_STRESS_DICTIONARY: z.string().optional(),
  TRIGLOT_SYNC_ON_START: z
    .enum(['0', '1', ''], { error: 'must be 1 (sync content/ at start) or 0' })
    .default('0')
    .transform((v) => v === '1'),
  TRIGLOT_API_RATE_LIMIT: wholeNumber('requests a token (or a signed-in person) may make per window', '600', 1),
  TRIGLOT_API_ANONYMOUS_RATE_LIMIT: wholeNumber('requests without a token one client address may make per window', '120', 1),
  TRIGLOT_API_RATE_WINDOW: wholeNumber('the length of a rate-limit window in seconds', '60', 1),
});

export interface Config {
  /** Folder for the SQLite file (and later other state): created on first start. */
  dataDir: string;
  /** Documents as files: imported into an empty database on first start. */
  contentDir: string;
  /** PostgreSQL for several app servers sharing one database; SQLite when unset. */
  databaseUrl: string | undefined;
  /** The public origin; derived from each request when unset. */
  authUrl: string | undefined;
  /** Proxies in front that append to X-Forwarded-For: the client address is that far from its right end. */
  trustedProxies: number;
  /** The Russian stress lexicon (Festival's form); festvox-ru's when unset. */
  stressDictionary: string | undefined;
  /** Apply what changed in content/ once at start (sync without --prefer: conflicts are logged and skipped). */
  syncOnStart: boolean;
  /** REST API limits: requests per fixed window, per token or person, and per address without one. */
  apiRateLimit: { perClient: number; anonymous: number; windowSeconds: number };
}

/** Reads the environment once; a bad value stops the start with a message that names it. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return {
    dataDir: path.resolve(parsed.data.TRIGLOT_DATA_DIR),
    contentDir: path.resolve(parsed.data.TRIGLOT_CONTENT_DIR),
    databaseUrl: parsed.data.DATABASE_URL,
    authUrl: parsed.data.BETTER_AUTH_URL,
    trustedProxies: parsed.data.TRIGLOT_TRUSTED_PROXIES,
    stressDictionary: parsed.data.TRIGLOT_STRESS_DICTIONARY || undefined,
    syncOnStart: parsed.data.TRIGLOT_SYNC_ON_START,
    apiRateLimit: {
      perClient: parsed.data.TRIGLOT_API_RATE_LIMIT,
      anonymous: parsed.data.TRIGLOT_API_ANONYMOUS_RATE_LIMIT,
      windowSeconds: parsed.data.TRIGLOT_API_RATE_WINDOW,
    },
  };
}
