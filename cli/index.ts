/**
 * `npm run triglot -- <command>`: the same lib/ and server/ code as the app, from a shell.
 */
import { readFile } from 'node:fs/promises';
import { formatIssue } from '@/lib/content/validate';
import { listDocumentDirs, loadDocumentDir } from '@/lib/content/load';
import { readConfig } from '@/server/config';
import { openSqlite, type Db } from '@/server/db/connect';
import { seedIfEmpty } from '@/server/content/seed';
import { listDocuments } from '@/server/queries/documents';

const HELP = `Usage: npm run triglot -- <command> [options]

Commands:
  align [--lines] [--json] [--src-lang L] [--tgt-lang L] SRC TGT
                      Align the paragraphs of two plain-text files (see align --help).
  validate [DIR...]   Check content folders (default: every folder under content/).
                      Prints each problem with its file and segment id; exit 1 on errors.
  db migrate          Create or upgrade the database and import content/ if it is empty.
  documents           List documents with their languages and coverage.
  help                Show this help.

Environment: TRIGLOT_DATA_DIR (default ./data), TRIGLOT_CONTENT_DIR (default ./content),
DATABASE_URL (postgres://...; SQLite when unset).`;

/** Raw output streams: callers write whole lines, newline included. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

async function openDb(): Promise<Db> {
  const config = readConfig();
  if (config.databaseUrl) {
    const { openPostgres } = await import('@/server/db/postgres');
    return openPostgres(config.databaseUrl);
  }
  return openSqlite(config.dataDir);
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
            .map((l) =>
              l.lang === doc.sourceLang
                ? `${l.lang} (source)`
                : `${l.lang} ${l.translated}/${l.total} translated, ${l.checked} checked`,
            )
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
  run(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
