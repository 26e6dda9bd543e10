import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { FORMATS, type Format, formatOfFileName, type ImportPlan } from '../lib/formats/index';
import { isLang, type Lang } from '../lib/languages';
import type { Actor } from '../lib/review/index';
import type { Db } from '../server/db/connect';
import { exportContent, UnknownDocumentError } from '../server/exchange/export';
import { exportDocumentFile } from '../server/queries/exchange';
import { importDocumentFile } from '../server/exchange/import';
import { type DocumentSync, syncContent, syncReport } from '../server/exchange/sync';
import { listUsers } from '../server/queries/users';
import { argTokens, parseLang, UsageError } from './input';

export interface ExchangeIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export interface ExchangeContext {
  db: Db;
  /** TRIGLOT_CONTENT_DIR: where `export` writes and `sync` reads by default. */
  contentDir: string;
}

export const EXPORT_USAGE = `Usage:
  triglot export [--to DIR] [DOC...]
      Write documents back to the content format (default: every document, into content/):
      document.json, one i18next JSON file per language and review.json (status, who set it,
      the source hash of outdated translations, rejection comments). Unchanged files are not
      touched.
  triglot export --format xliff|tmx|i18next|tsv|txt [--lang L] [--all] [--out FILE] DOC
      One document in an exchange format, to standard output or FILE. XLIFF and i18next
      hold one language (--lang); TMX holds checked translations only unless --all.
`;

export const IMPORT_FILE_USAGE = `Usage: triglot import-file [--dry-run] [--as EMAIL] [--format F] [--lang L] DOC FILE

Imports translations from an XLIFF 2.0, TMX 1.4b, i18next JSON, TSV or .txt file into
document DOC: matched by segment id (TMX: by source text). Prints what is added, changed,
unchanged and conflicting; --dry-run stops there. Otherwise every addition and change is
written as a draft, all in one transaction, acting as the account EMAIL (its role and
languages apply). Conflicts (the translation changed since the file was exported, or the
file's source text is not the current one) are listed and left alone.
The format comes from the file name (.xlf, .tmx, .json, .tsv, .txt) unless --format;
an i18next file's language from its name (zh.json) unless --lang.
Exit status: 0 done, 1 bad file or refused, 2 bad usage.
`;

export const SYNC_USAGE = `Usage: triglot sync [--dry-run] [--as EMAIL] [--from DIR] [--cosmetic] [--prefer file|db] [DOC...]

Applies what changed in content/ since the database last saw it (at first start, export or
sync): new folders are imported, changed translations become drafts, changed source texts
make their translations outdated (--cosmetic: re-stamp them instead), segments added in the
files come in at their place, removed ones go (their history stays), moved ones take the
files' order, changed segment kinds and translator notes apply. Changing segments needs an
admin account. A text or note changed in both the files and the database, or a removed
segment with a checked translation, is a conflict: listed and skipped, unless --prefer says
which side wins. Prints added / changed / unchanged / conflicting texts, added / removed /
moved / changed-in-kind segments and changed notes per document; --dry-run writes nothing.
`;

function fail(io: ExchangeIo, command: string, usage: string, error: unknown): number {
  if (!(error instanceof UsageError)) throw error;
  io.stderr(`${command}: ${error.message}\n\n${usage}`);
  return 2;
}

async function actorFor(db: Db, email: string | undefined): Promise<Actor | null> {
  if (email === undefined) return null;
  // Before the first account exists the auth tables may not either: then there is no such account.
  const users = await listUsers(db).catch(() => []);
  const user = users.find((u) => u.email.toLowerCase() === email.toLowerCase());
  if (!user) throw new UsageError(`--as: no account "${email}" (see triglot user list)`);
  return { id: user.id, role: user.role, languages: user.languages };
}

function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got '${value}')`);
}

/** `triglot export`: returns the exit code. */
export async function runExport(argv: string[], io: ExchangeIo, ctx: ExchangeContext): Promise<number> {
  let to: string | undefined;
  let format: Format | undefined;
  let lang: Lang | undefined;
  let out: string | undefined;
  let all = false;
  const docs: string[] = [];
  try {
    for (const t of argTokens(argv)) {
      if (t.flag === '--to') to = t.value();
      else if (t.flag === '--format') format = parseFormat(t.value());
      else if (t.flag === '--lang') lang = parseLang('--lang', t.value());
      else if (t.flag === '--out') out = t.value();
      else if (t.flag === '--all') all = true;
      else if (t.flag === '--help' || t.flag === '-h') {
        io.stdout(EXPORT_USAGE);
        return 0;
      } else if (t.arg.startsWith('-')) throw new UsageError(`unknown option ${t.arg}`);
      else docs.push(t.arg);
    }
    if (format === undefined && (lang || out || all)) throw new UsageError('--lang, --out and --all go with --format');
    if (format !== undefined && to !== undefined) throw new UsageError('--to writes the content format; use --out with --format');
    if (format !== undefined && docs.length !== 1) throw new UsageError('--format exports one document: name it');
  } catch (error) {
    return fail(io, 'export', EXPORT_USAGE, error);
  }

  if (format === undefined) {
    try {
      const results = await exportContent(ctx.db, to ?? ctx.contentDir, docs);
      for (const r of results) {
        io.stdout(
          r.written.length === 0
            ? `${r.documentId}: unchanged\n`
            : `${r.documentId}: wrote ${r.written.join(', ')}${r.unchanged.length ? `; unchanged ${r.unchanged.join(', ')}` : ''}\n`,
        );
      }
      return 0;
    } catch (error) {
      if (!(error instanceof UnknownDocumentError)) throw error;
      io.stderr(`export: ${error.message}\n`);
      return 1;
    }
  }
  const [doc = ''] = docs;
  const file = await exportDocumentFile(ctx.db, doc, format, { ...(lang ? { lang } : {}), all });
  if (!file.ok) {
    io.stderr(`export: ${file.error === 'not-found' ? `no document "${doc}"` : file.message}\n`);
    return 1;
  }
  if (out === undefined) io.stdout(file.body);
  else {
    await writeFile(out, file.body, 'utf8');
    io.stderr(`Wrote ${out}.\n`);
  }
  return 0;
}

function printPlan(io: ExchangeIo, documentId: string, plan: ImportPlan): void {
  io.stdout(
    `${documentId}: ${plan.added.length} added, ${plan.changed.length} changed, ${plan.unchanged} unchanged, ${plan.conflicting.length} conflicting\n`,
  );
  for (const item of plan.added) io.stdout(`  added       ${item.segmentId} [${item.lang}]\n`);
  for (const item of plan.changed) io.stdout(`  changed     ${item.segmentId} [${item.lang}]\n`);
  for (const item of plan.conflicting) {
    const why =
      item.reason === 'source-changed' ? 'the file was made for another source text' : 'changed in Triglot since the export';
    io.stdout(`  conflicting ${item.segmentId} [${item.lang}]: ${why}; left alone\n`);
  }
}

/** `triglot import-file`: returns the exit code. */
export async function runImportFile(argv: string[], io: ExchangeIo, ctx: ExchangeContext): Promise<number> {
  let dryRun = false;
  let as: string | undefined;
  let format: Format | undefined;
  let lang: Lang | undefined;
  const positional: string[] = [];
  let actor: Actor | null;
  try {
    for (const t of argTokens(argv)) {
      if (t.flag === '--dry-run') dryRun = true;
      else if (t.flag === '--as') as = t.value();
      else if (t.flag === '--format') format = parseFormat(t.value());
      else if (t.flag === '--lang') lang = parseLang('--lang', t.value());
      else if (t.flag === '--help' || t.flag === '-h') {
        io.stdout(IMPORT_FILE_USAGE);
        return 0;
      } else if (t.arg.startsWith('-')) throw new UsageError(`unknown option ${t.arg}`);
      else positional.push(t.arg);
    }
    if (positional.length !== 2) throw new UsageError('expected a document id and a file');
    const name = positional[1] ?? '';
    format ??= formatOfFileName(name) ?? undefined;
    if (!format) throw new UsageError(`cannot tell the format of '${name}': give --format`);
    if (format === 'i18next' && !lang) {
      const base = name
        .split(/[\\/]/)
        .pop()
        ?.replace(/\.json$/i, '');
      if (isLang(base)) lang = base;
    }
    if (!dryRun && as === undefined) throw new UsageError('--as EMAIL is required to write (the account the events name)');
    actor = await actorFor(ctx.db, as);
  } catch (error) {
    return fail(io, 'import-file', IMPORT_FILE_USAGE, error);
  }
  const [doc = '', path = ''] = positional;
  let stream: AsyncIterable<Buffer>;
  try {
    stream = createReadStream(path);
    // Opening errors (no such file) surface on the first read; read nothing else until then.
  } catch (error) {
    io.stderr(`import-file: cannot read '${path}': ${(error as Error).message}\n`);
    return 1;
  }
  let result;
  try {
    result = await importDocumentFile(ctx.db, actor, doc, format, stream, { dryRun, ...(lang ? { lang } : {}) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      io.stderr(`import-file: cannot read '${path}': ${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  }
  if (!result.ok) {
    if (result.error === 'not-found') io.stderr(`import-file: no document "${doc}"\n`);
    else if (result.error === 'format') io.stderr(`import-file: ${path}: ${result.message}\n`);
    else {
      printPlan(io, doc, result.plan);
      const r = result.result;
      const why = r.error === 'refused' ? `refused (${r.reason})` : r.error === 'conflict' ? 'changed meanwhile' : r.error;
      io.stderr(`import-file: nothing written: ${result.segmentId} [${result.lang}] ${why}\n`);
    }
    return 1;
  }
  printPlan(io, doc, result.plan);
  const written = result.plan.added.length + result.plan.changed.length;
  io.stdout(
    result.applied ? `Wrote ${written} translation${written === 1 ? '' : 's'} as drafts.\n` : 'Dry run: nothing written.\n',
  );
  return 0;
}

function printSync(io: ExchangeIo, r: DocumentSync): void {
  for (const line of syncReport(r)) io.stdout(`${line}\n`);
}

/** `triglot sync`: returns the exit code (1 when a document could not be synced). */
export async function runSync(argv: string[], io: ExchangeIo, ctx: ExchangeContext): Promise<number> {
  let dryRun = false;
  let as: string | undefined;
  let from: string | undefined;
  let cosmetic = false;
  let prefer: 'file' | 'db' | undefined;
  const docs: string[] = [];
  let actor: Actor | null;
  try {
    for (const t of argTokens(argv)) {
      if (t.flag === '--dry-run') dryRun = true;
      else if (t.flag === '--as') as = t.value();
      else if (t.flag === '--from') from = t.value();
      else if (t.flag === '--cosmetic') cosmetic = true;
      else if (t.flag === '--prefer') {
        const v = t.value();
        if (v !== 'file' && v !== 'db') throw new UsageError(`--prefer must be file or db (got '${v}')`);
        prefer = v;
      } else if (t.flag === '--help' || t.flag === '-h') {
        io.stdout(SYNC_USAGE);
        return 0;
      } else if (t.arg.startsWith('-')) throw new UsageError(`unknown option ${t.arg}`);
      else docs.push(t.arg);
    }
    if (!dryRun && as === undefined) throw new UsageError('--as EMAIL is required to write (the account the events name)');
    actor = await actorFor(ctx.db, as);
  } catch (error) {
    return fail(io, 'sync', SYNC_USAGE, error);
  }
  const results = await syncContent(ctx.db, actor, from ?? ctx.contentDir, {
    dryRun,
    sourceChange: cosmetic ? 'cosmetic' : 'meaning',
    ...(prefer ? { prefer } : {}),
    documentIds: docs,
  });
  for (const r of results) printSync(io, r);
  if (dryRun) io.stdout('Dry run: nothing written.\n');
  return results.some((r) => r.problems.length > 0) ? 1 : 0;
}
