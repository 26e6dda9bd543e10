/**
 * `npm run triglot -- <command>`: the same lib/ and server/ code as the app, from a shell.
 */
import { readFile } from 'node:fs/promises';
import { formatIssue } from '@/lib/content/validate';
import { listDocumentDirs, loadDocumentDir } from '@/lib/content/load';
import { readConfig } from '@/server/config';
import { openSqlite, type Db } from '@/server/db/connect';
import { importContentDocument } from '@/server/content/import';
import { seedIfEmpty } from '@/server/content/seed';
import { listDocuments } from '@/server/queries/documents';
import { createAuth } from '@/server/auth/create';
import { migrateAuth } from '@/server/auth/migrate';
import { authSecret } from '@/server/settings';
import { listUsers } from '@/server/queries/users';
import { createUser, newUserSchema, UserExistsError } from '@/server/users';

const HELP = `Usage: npm run triglot -- <command> [options]

Commands:
  align [--lines] [--json] [--src-lang L] [--tgt-lang L] SRC TGT
                      Align the paragraphs of two plain-text files (see align --help).
  import --id ID [--lines] [--dry-run] [--src-lang L] [--tgt-lang L]... SRC TGT [TGT]
                      Align a text with one or two translations and add it as a document
                      (translations as drafts; see import --help).
  user add --email E --role R [--name N] [--languages zh,ru]
                      Create an account; the password is read from standard input.
                      Roles: reader, translator, reviewer, admin.
  user list           List accounts with their roles and languages.
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
  help                Show this help.

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

/** The auth library on the CLI's database, its tables created (reads that name accounts join them). */
async function authOn(db: Db) {
  // The CLI serves no requests: any base URL will do, and naming one keeps the library quiet.
  const auth = createAuth({
    db,
    dialect: readConfig().databaseUrl ? 'postgres' : 'sqlite',
    secret: await authSecret(db),
    baseURL: 'http://localhost',
  });
  await migrateAuth(auth);
  return auth;
}

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

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function user(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  const config = readConfig();
  const db = await openDb();
  try {
    await seedIfEmpty(db, config.contentDir);
    const auth = await authOn(db);
    if (sub === 'list') {
      for (const u of await listUsers(db)) io.stdout(`${u.email}\t${u.role}\t${u.languages?.join(',') ?? 'all'}\t${u.name}\n`);
      return 0;
    }
    if (sub !== 'add') {
      io.stderr(`user: expected "add" or "list"\n\n${HELP}\n`);
      return 2;
    }
    const email = option(rest, 'email');
    const role = option(rest, 'role');
    if (!email || !role) {
      io.stderr('user add: --email and --role are required\n');
      return 2;
    }
    const password = (await (io.stdin ?? (async () => ''))()).replace(/\r?\n$/, '');
    const languages = option(rest, 'languages');
    const parsed = newUserSchema.safeParse({
      email,
      role,
      name: option(rest, 'name') ?? email.split('@')[0],
      password,
      languages: languages ? languages.split(',').map((l) => l.trim()) : null,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        const what = field === 'password' ? 'the password (from standard input)' : `--${field}`;
        io.stderr(
          `user add: ${what}: ${issue.message === 'passwordTooShort' ? 'must be at least 8 characters' : issue.message}\n`,
        );
      }
      return 1;
    }
    try {
      const created = await createUser(auth, parsed.data);
      io.stdout(`Created ${created.email} (${created.role}${created.languages ? `, ${created.languages.join(',')}` : ''}).\n`);
      return 0;
    } catch (error) {
      if (error instanceof UserExistsError) {
        io.stderr(`user add: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
  } finally {
    await db.destroy();
  }
}

export async function run(argv: string[], io: Io): Promise<number> {
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
      return runAlign(rest, { ...io, readFile: (file) => readFile(file) });
    }
    case 'import': {
      const { runImport } = await import('./import');
      const db = await openDb();
      try {
        await seedIfEmpty(db, readConfig().contentDir);
        return await runImport(
          rest,
          { ...io, readFile: (file) => readFile(file) },
          {
            importDocument: (doc) => importContentDocument(db, doc, { actor: null }),
          },
        );
      } finally {
        await db.destroy();
      }
    }
    case 'user':
      return user(rest, io);
    case 'export':
    case 'import-file':
    case 'sync': {
      const { runExport, runImportFile, runSync } = await import('./exchange');
      const config = readConfig();
      const db = await openDb();
      try {
        await seedIfEmpty(db, config.contentDir);
        await authOn(db);
        const ctx = { db, contentDir: config.contentDir };
        if (command === 'export') return await runExport(rest, io, ctx);
        if (command === 'import-file') return await runImportFile(rest, io, ctx);
        return await runSync(rest, io, ctx);
      } finally {
        await db.destroy();
      }
    }
    case 'validate':
      return validate(rest, io);
    case 'db': {
      if (rest[0] !== 'migrate') break;
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
      const db = await openDb();
      try {
        await seedIfEmpty(db, readConfig().contentDir);
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
      } finally {
        await db.destroy();
      }
      return 0;
    }
    default:
      break;
  }
  io.stderr(`Unknown command: ${argv.join(' ')}\n\n${HELP}\n`);
  return 2;
}

const isMain = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const stdin = async () => {
    if (process.stdin.isTTY) process.stderr.write('Password: ');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
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
