/**
 * `npm run triglot -- <command>`: the same lib/ and server/ code as the app, from a shell.
 *
 * Every command parses and checks its arguments (and reads the password from standard input,
 * where it takes one) before it opens the database: `--help`, a typo or a bad value never
 * creates, migrates or seeds anything.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { formatIssue } from '@/lib/content/validate';
import { listDocumentDirs, loadDocumentDir } from '@/lib/content/load';
import { LANGUAGES } from '@/lib/languages';
import { passwordProblem } from '@/lib/password';
import { ROLES } from '@/lib/review/roles';
import { readConfig } from '@/server/config';
import { openSqlite, sqliteFile, type Db } from '@/server/db/connect';
import { importContentDocument } from '@/server/content/import';
import { seedIfEmpty } from '@/server/content/seed';
import { listDocuments } from '@/server/queries/documents';
import { createAuth } from '@/server/auth/create';
import { migrateAuth } from '@/server/auth/migrate';
import { unlockSignIn } from '@/server/auth/throttle';
import { authSecret } from '@/server/settings';
import { listUsers } from '@/server/queries/users';
import { createUser, findUserByEmail, newUserSchema, setUserDeactivated, setUserPassword, UserExistsError } from '@/server/users';
import { argTokens, readRegularFile, UsageError } from './input';

const HELP = `Usage: npm run triglot -- <command> [options]

Commands:
  align [--lines] [--json] [--src-lang L] [--tgt-lang L] [--max-size N] SRC TGT
                      Align the paragraphs of two plain-text files (see align --help).
  import --id ID [--lines] [--dry-run] [--src-lang L] [--tgt-lang L]... [--max-size N] SRC TGT [TGT]
                      Align a text with one or two translations and add it as a document
                      (translations as drafts; see import --help).
  user add --email E --role R [--name N] [--languages zh,ru]
                      Create an account; the password is read from standard input.
                      Roles: reader, translator, reviewer, admin.
  user list           List accounts with their roles, languages and state.
  user reset-password --email E
                      Set an account's password (read from standard input); its sessions end.
  user deactivate --email E | user activate --email E
                      Stop an account from signing in (its sessions end), or let it again.
  user unlock --email E | user unlock --address A
                      Lift the sign-in limit on an account or a client address at once.
  validate [DIR...]   Check content folders (default: every folder under content/).
                      Prints each problem with its file and segment id; exit 1 on errors.
  db migrate          Create or upgrade the database and import content/ if it is empty.
  export [--to DIR] [DOC...]
                      Write documents back to content/ with their review state (review.json).
  export --format xliff|tmx|i18next|tsv|txt [--lang L] [--all] [--out FILE] DOC
                      One document as XLIFF 2.0, TMX 1.4b, i18next JSON, TSV or text.
  import-file [--dry-run] [--as EMAIL] [--format F] [--lang L] DOC FILE
                      Import translations from an exchange file (see import-file --help).
  sync [--dry-run] [--as EMAIL] [--cosmetic] [--prefer file|db] [DOC...]
                      Apply what changed in content/ since the database last saw it.
  documents           List documents with their languages and coverage.
  backup FILE         Write a consistent copy of the SQLite database to FILE while the app
                      runs (SQLite's online backup). For PostgreSQL, use pg_dump.
  help                Show this help.

Passwords: at least 12 characters, not only spaces, not a common password, not the email.

Environment: TRIGLOT_DATA_DIR (default ./data), TRIGLOT_CONTENT_DIR (default ./content),
DATABASE_URL (postgres://...; SQLite when unset).`;

/** Raw output streams: callers write whole lines, newline included. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** All of standard input (for secrets that must not appear in argv or shell history). */
  stdin?: () => Promise<string>;
}

async function openDb(): Promise<Db> {
  const config = readConfig();
  if (config.databaseUrl) {
    const { openPostgres } = await import('@/server/db/postgres');
    return openPostgres(config.databaseUrl);
  }
  return openSqlite(config.dataDir);
}

/** Opens the database (migrated and, when empty, seeded), runs `work`, closes it. */
async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDb();
  try {
    await seedIfEmpty(db, readConfig().contentDir);
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** As withDb, with the auth library on the database (its tables made). */
async function withAuth<T>(work: (db: Db, auth: ReturnType<typeof createAuth>) => Promise<T>): Promise<T> {
  return withDb(async (db) => {
    const dialect = readConfig().databaseUrl ? 'postgres' : 'sqlite';
    // The CLI serves no requests: any base URL will do, and naming one keeps the library quiet.
    const auth = createAuth({ db, dialect, secret: await authSecret(db), baseURL: 'http://localhost' });
    await migrateAuth(auth, dialect);
    return work(db, auth);
  });
}

/** Options of the form `--name value` or `--name=value`, from a fixed set; anything else is a usage error. */
function parseOptions(args: string[], names: readonly string[], command: string): Record<string, string> {
  const options: Record<string, string> = {};
  for (const { arg, flag, value } of argTokens(args)) {
    const name = flag.replace(/^--/, '');
    if (!flag.startsWith('--') || !names.includes(name)) throw new UsageError(`${command}: unexpected argument ${arg}`);
    if (name in options) throw new UsageError(`${command}: --${name} is given more than once`);
    options[name] = value();
  }
  return options;
}

const wantsHelp = (args: readonly string[]) => args.includes('--help') || args.includes('-h');

const PASSWORD_PROBLEMS: Record<string, string> = {
  passwordTooShort: 'must be at least 12 characters',
  passwordBlank: 'must not be only spaces',
  passwordCommon: 'is too easy to guess (a common password, or made from the email)',
  tooLong: 'must be at most 128 characters',
};

async function readPassword(io: Io): Promise<string> {
  return (await (io.stdin ?? (async () => ''))()).replace(/\r?\n$/, '');
}

const emailSchema = z.email();

async function validate(dirs: string[], io: Io): Promise<number> {
  const targets = dirs.length > 0 ? dirs : await listDocumentDirs(readConfig().contentDir);
  let failed = 0;
  for (const dir of targets) {
    const result = await loadDocumentDir(dir);
    for (const warning of result.warnings) io.stdout(`warning: ${formatIssue(warning)}\n`);
    if (result.ok) {
      io.stdout(`ok: ${dir} (${result.document.segments.length} segments, ${result.document.languages.join(', ')})\n`);
    } else {
      failed += 1;
      for (const error of result.errors) io.stderr(`error: ${formatIssue(error)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

const USER_HELP = `Usage: npm run triglot -- user <add|list|reset-password|deactivate|activate|unlock> [options]

  user add --email E --role R [--name N] [--languages zh,ru]   (password on standard input)
  user list
  user reset-password --email E                                  (password on standard input)
  user deactivate --email E
  user activate --email E
  user unlock --email E
  user unlock --address A`;

async function user(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === 'help' || wantsHelp(args)) {
    io.stdout(`${USER_HELP}\n`);
    return sub === undefined ? 2 : 0;
  }
  switch (sub) {
    case 'list': {
      if (rest.length > 0) throw new UsageError(`user list: unexpected argument ${rest[0]}`);
      return withAuth(async (db) => {
        for (const u of await listUsers(db)) {
          const state = [
            u.deactivated ? 'deactivated' : 'active',
            ...(u.lockedFor ? [`locked ${Math.ceil(u.lockedFor / 60)} min`] : []),
          ];
          io.stdout(`${u.email}\t${u.role}\t${u.languages?.join(',') ?? 'all'}\t${u.name}\t${state.join(', ')}\n`);
        }
        return 0;
      });
    }
    case 'add': {
      const options = parseOptions(rest, ['email', 'role', 'name', 'languages'], 'user add');
      if (!options.email || !options.role) throw new UsageError('user add: --email and --role are required');
      if (!(ROLES as readonly string[]).includes(options.role)) {
        throw new UsageError(`user add: --role must be one of ${ROLES.join(', ')} (got '${options.role}')`);
      }
      const languages = options.languages ? options.languages.split(',').map((l) => l.trim()) : null;
      const unknown = languages?.find((l) => !(LANGUAGES as readonly string[]).includes(l));
      if (unknown) throw new UsageError(`user add: --languages takes ${LANGUAGES.join(', ')} (got '${unknown}')`);
      const password = await readPassword(io);
      const parsed = newUserSchema.safeParse({
        email: options.email,
        role: options.role,
        name: options.name ?? options.email.split('@')[0],
        password,
        languages,
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0]);
          const what = field === 'password' ? 'the password (from standard input)' : `--${field}`;
          io.stderr(`user add: ${what}: ${PASSWORD_PROBLEMS[issue.message] ?? issue.message}\n`);
        }
        return 1;
      }
      return withAuth(async (_db, auth) => {
        try {
          const created = await createUser(auth, parsed.data);
          io.stdout(
            `Created ${created.email} (${created.role}${created.languages ? `, ${created.languages.join(',')}` : ''}).\n`,
          );
          return 0;
        } catch (error) {
          if (error instanceof UserExistsError) {
            io.stderr(`user add: ${error.message}\n`);
            return 1;
          }
          throw error;
        }
      });
    }
    case 'reset-password':
    case 'deactivate':
    case 'activate': {
      const { email } = parseOptions(rest, ['email'], `user ${sub}`);
      if (!email || !emailSchema.safeParse(email.trim()).success) throw new UsageError(`user ${sub}: --email E is required`);
      const password = sub === 'reset-password' ? await readPassword(io) : '';
      if (sub === 'reset-password') {
        const problem = passwordProblem(password, [email]);
        if (problem) {
          io.stderr(`user reset-password: the password (from standard input) ${PASSWORD_PROBLEMS[problem]}\n`);
          return 1;
        }
      }
      return withAuth(async (db, auth) => {
        const found = await findUserByEmail(db, email);
        if (!found) {
          io.stderr(`user ${sub}: no account with email ${email.trim().toLowerCase()}\n`);
          return 1;
        }
        if (sub === 'reset-password') {
          await setUserPassword(auth, found.id, password);
          io.stdout(`Password set for ${found.email}; its sessions were signed out.\n`);
        } else {
          await setUserDeactivated(auth, db, found.id, sub === 'deactivate');
          io.stdout(
            sub === 'deactivate' ? `Deactivated ${found.email}; its sessions were signed out.\n` : `Activated ${found.email}.\n`,
          );
        }
        return 0;
      });
    }
    case 'unlock': {
      const options = parseOptions(rest, ['email', 'address'], 'user unlock');
      if (Boolean(options.email) === Boolean(options.address)) throw new UsageError('user unlock: give --email E or --address A');
      const target = options.email ? { email: options.email } : { address: options.address! };
      return withDb(async (db) => {
        const had = await unlockSignIn(db, target);
        io.stdout(`${had ? 'Unlocked' : 'Nothing to unlock for'} ${options.email ?? options.address}.\n`);
        return 0;
      });
    }
    default:
      throw new UsageError(`user: unknown subcommand '${sub}'`);
  }
}

/** `backup FILE`: SQLite's online backup API, page by page, while the app goes on writing. */
async function backup(args: string[], io: Io): Promise<number> {
  if (wantsHelp(args)) {
    io.stdout(
      'Usage: npm run triglot -- backup FILE\n\nWrites a consistent copy of the SQLite database to FILE while the app runs.\nRestore: stop the app, copy FILE to $TRIGLOT_DATA_DIR/triglot.db (removing triglot.db-wal and\ntriglot.db-shm), start it. For PostgreSQL (DATABASE_URL), use pg_dump.\n',
    );
    return 0;
  }
  const files = args.filter((a) => !a.startsWith('-'));
  if (files.length !== 1 || files.length !== args.length) throw new UsageError('backup: give one FILE to write the copy to');
  const target = files[0]!;
  const config = readConfig();
  if (config.databaseUrl) {
    io.stderr(
      'backup: DATABASE_URL names PostgreSQL: back it up with pg_dump, e.g. pg_dump --format=custom --file=triglot.dump "$DATABASE_URL", and restore with pg_restore --clean --dbname="$DATABASE_URL" triglot.dump\n',
    );
    return 1;
  }
  const source = sqliteFile(config.dataDir);
  if (!existsSync(source)) {
    io.stderr(`backup: there is no database at ${source} (set TRIGLOT_DATA_DIR)\n`);
    return 1;
  }
  if (existsSync(target)) {
    io.stderr(`backup: ${target} exists; name a new file\n`);
    return 1;
  }
  const { default: SQLite } = await import('better-sqlite3');
  const db = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    const started = Date.now();
    // After the first step, the rest in one step: a read transaction on the WAL file, so the
    // copy is one consistent moment however busy the writers are (a copy made in many small
    // steps would start over each time another process writes).
    await db.backup(target, { progress: () => 1_000_000_000 });
    const copy = new SQLite(target, { readonly: true });
    const check = copy.pragma('integrity_check', { simple: true });
    const documents = (copy.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    copy.close();
    if (check !== 'ok') {
      io.stderr(`backup: the copy failed its integrity check: ${String(check)}\n`);
      return 1;
    }
    io.stdout(`Backed up ${source} to ${target} (${documents} documents, integrity ok, ${Date.now() - started} ms).\n`);
    return 0;
  } finally {
    db.close();
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout(`${HELP}\n`);
      return 0;
    case 'align': {
      const { runAlign } = await import('./align');
      return runAlign(rest, { ...io, readFile: readRegularFile });
    }
    case 'import': {
      const { runImport } = await import('./import');
      // The database is opened only once the arguments and files have been checked.
      return runImport(
        rest,
        { ...io, readFile: readRegularFile },
        { importDocument: (doc) => withDb((db) => importContentDocument(db, doc, { actor: null })) },
      );
    }
    case 'user':
      return user(rest, io);
    case 'export':
    case 'import-file':
    case 'sync': {
      const { runExport, runImportFile, runSync } = await import('./exchange');
      // The auth tables too: export and import read account emails.
      return withAuth(async (db) => {
        const ctx = { db, contentDir: readConfig().contentDir };
        if (command === 'export') return runExport(rest, io, ctx);
        if (command === 'import-file') return runImportFile(rest, io, ctx);
        return runSync(rest, io, ctx);
      });
    }
    case 'validate':
      if (wantsHelp(rest)) {
        io.stdout(`${HELP}\n`);
        return 0;
      }
      return validate(rest, io);
    case 'db': {
      if (wantsHelp(rest)) {
        io.stdout('Usage: npm run triglot -- db migrate\n');
        return 0;
      }
      if (rest.length !== 1 || rest[0] !== 'migrate') throw new UsageError('db: the only subcommand is "db migrate"');
      const db = await openDb();
      try {
        const { imported, warnings } = await seedIfEmpty(db, readConfig().contentDir);
        for (const w of warnings) io.stdout(`warning: ${w}\n`);
        io.stdout(imported.length > 0 ? `Database ready; imported ${imported.join(', ')}.\n` : 'Database ready.\n');
      } finally {
        await db.destroy();
      }
      return 0;
    }
    case 'documents': {
      if (wantsHelp(rest)) {
        io.stdout('Usage: npm run triglot -- documents\n');
        return 0;
      }
      if (rest.length > 0) throw new UsageError(`documents: unexpected argument ${rest[0]}`);
      return withDb(async (db) => {
        for (const doc of await listDocuments(db)) {
          const langs = doc.languages
            .map((lang) => {
              const p = doc.progress[lang];
              if (lang === doc.sourceLang || !p) return `${lang} (source)`;
              return `${lang} ${p.total - p.missing}/${p.total} translated, ${p.checked} checked, ${p.outdated} outdated, ${p.rejected} rejected`;
            })
            .join('; ');
          io.stdout(`${doc.id}: ${langs}\n`);
        }
        return 0;
      });
    }
    case 'backup':
      return backup(rest, io);
    default:
      io.stderr(`Unknown command: ${argv.join(' ')}\n\n${HELP}\n`);
      return 2;
  }
}

export async function run(argv: string[], io: Io): Promise<number> {
  try {
    // The configuration is checked first too: a bad variable is named before anything is opened.
    readConfig();
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${HELP}\n`);
      return 2;
    }
    throw error;
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const stdin = async () => {
    if (process.stdin.isTTY) process.stderr.write('Password: ');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      // A password, not a file: never hold more than a few KiB of standard input.
      if (size > 4096) throw new Error('standard input is longer than a password can be');
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  };
  run(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), stdin }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
