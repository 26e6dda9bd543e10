import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, inject } from 'vitest';
import { openSqlite, type Db } from '@/server/db/connect';
import { openPostgres } from '@/server/db/postgres';
import { type Auth, createAuth } from '@/server/auth/create';
import { migrateAuth } from '@/server/auth/migrate';
import type { ContentDocument } from '@/lib/content/model';
import type { Lang } from '@/lib/languages';
import type { Actor, Role } from '@/lib/review';
import { importContentDocument } from '@/server/content/import';
import { executeCommand } from '@/server/translations';
import { createUser } from '@/server/users';

export const CONTENT_DIR = path.resolve(__dirname, '../../content');
export const DIALECTS = ['sqlite', 'postgres'] as const;
export type Dialect = (typeof DIALECTS)[number];

export interface TempDatabase {
  db: Db;
  /** The auth library on this database, its tables created. */
  auth: Auth;
  /** SQLite: the data folder. PostgreSQL: the database URL. */
  location: string;
  close: () => Promise<void>;
}

export async function authOn(db: Db, dialect: Dialect): Promise<Auth> {
  const auth = createAuth({ db, dialect, secret: 'integration-tests-secret-0123456789abcdef', baseURL: 'http://localhost:3000' });
  await migrateAuth(auth);
  return auth;
}

/** A fresh, migrated database of the given dialect: a real SQLite file or a new PostgreSQL database. */
export async function tempDatabase(dialect: Dialect = 'sqlite'): Promise<TempDatabase> {
  if (dialect === 'sqlite') {
    const dir = await mkdtemp(path.join(tmpdir(), 'triglot-db-'));
    const db = await openSqlite(dir);
    return {
      db,
      auth: await authOn(db, 'sqlite'),
      location: dir,
      close: async () => {
        await db.destroy();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = inject('postgresUrl');
  const name = `triglot_test_${randomBytes(6).toString('hex')}`;
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: adminUrl, max: 1 }) }),
  });
  await sql`CREATE DATABASE ${sql.id(name)}`.execute(admin);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString());
  return {
    db,
    auth: await authOn(db, 'postgres'),
    location: url.toString(),
    close: async () => {
      await db.destroy();
      await sql`DROP DATABASE ${sql.id(name)} WITH (FORCE)`.execute(admin);
      await admin.destroy();
    },
  };
}

/** A copy of content/ that a test may break without touching the real one. */
export async function contentCopy(): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'triglot-content-')), 'content');
  await cp(CONTENT_DIR, dir, { recursive: true });
  return dir;
}

/**
 * Registers a fresh database per test in the enclosing describe block; call the returned
 * function inside a test to get it.
 */
export function useTempDatabase(dialect: Dialect): () => TempDatabase {
  let current: TempDatabase | undefined;
  beforeEach(async () => {
    current = await tempDatabase(dialect);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('useTempDatabase: no database outside a test');
    return current;
  };
}

/** How many events history holds, all documents together. */
export async function eventCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One account of each kind of actor (and no session for `anonymous`), made as an admin would. */
export async function makeActors({ auth }: TempDatabase) {
  const make = async (key: string, role: Role, languages: Lang[] | null): Promise<Actor> => {
    const user = await createUser(auth, {
      email: `${key}@example.test`,
      name: key,
      password: 'correct horse battery',
      role,
      languages,
    });
    return { id: user.id, role: user.role, languages: user.languages };
  };
  return {
    anonymous: null,
    reader: await make('reader', 'reader', null),
    translator: await make('translator', 'translator', null),
    reviewer: await make('reviewer', 'reviewer', null),
    reviewerOfRussian: await make('reviewer-ru', 'reviewer', ['ru']),
    admin: await make('admin', 'admin', null),
  } satisfies Record<string, Actor | null>;
}

/** A reviewer of every language (rita), made as an admin would: the one who checks translation memory's texts. */
export async function reviewerRita({ auth }: TempDatabase): Promise<Actor> {
  const user = await createUser(auth, {
    email: 'rita@example.test',
    name: 'rita',
    password: 'correct horse battery',
    role: 'reviewer',
    languages: null,
  });
  return { id: user.id, role: user.role, languages: user.languages };
}

/**
 * Translation memory's starting point: a document imported (as the system) and some of its
 * translations checked by `reviewer`, so that another document can find them.
 */
export async function importChecked(
  db: Db,
  reviewer: Actor,
  doc: ContentDocument,
  checks: readonly { segmentId: string; lang: Lang }[],
): Promise<void> {
  await importContentDocument(db, doc, { actor: null });
  for (const { segmentId, lang } of checks) {
    const checked = await executeCommand(db, reviewer, { action: 'check', documentId: doc.id, segmentId, lang, version: 1 });
    if (!checked.ok) throw new Error(`importChecked: ${doc.id} ${segmentId} [${lang}] could not be checked`);
  }
}
