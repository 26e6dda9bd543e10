import { loadLexicons } from '../lib/align/lexicon/load';
import { detectLanguage } from '../lib/align/index';
import type { ContentDocument } from '../lib/content/model';
import { ID_PATTERN } from '../lib/content/schema';
import {
  buildDraft,
  draftProblems,
  draftToDocument,
  isLowConfidence,
  LOW_CONFIDENCE,
  type DocumentProblem,
  type ImportDraft,
} from '../lib/import/index';
import type { Lang } from '../lib/languages';
import { displayWidth } from './align';
import { argTokens, DEFAULT_MAX_FILE_BYTES, InputError, paragraphsOf, parseLang, parseSize, readText, UsageError } from './input';

export interface ImportIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string, maxBytes?: number) => Promise<Buffer>;
}

export interface ImportDeps {
  /** Writes the document in one transaction; throws an error named 'DocumentExistsError' when the id is taken. */
  importDocument: (doc: ContentDocument) => Promise<{ preTranslated: number }>;
}

const USAGE = `Usage: triglot import --id ID [options] SRC TGT [TGT]

Creates a document from UTF-8 plain-text files that translate each other: SRC is the
source, each TGT a translation in another language (one or two). Paragraphs are separated
by blank lines (or one per line with --lines). Each target is aligned against the source;
every row of aligned paragraphs becomes one segment (ids p1, p2, ...; kinds guessed) and
the translations come in as drafts. Rows the aligner is unsure of are printed as warnings:
check them after the import.

Options:
  --id ID           id of the new document: lower-case letters, digits and single hyphens
                    (required unless --dry-run)
  --lines           one paragraph per non-blank line
  --src-lang L      language of SRC (en|ru|zh); detected by script if omitted
  --tgt-lang L      language of a TGT (en|ru|zh); give it once per target, in the order of
                    the files (the first --tgt-lang names the first TGT); targets without
                    one are detected by script
  --max-size N      largest file to read (default 64M; K, M, G suffixes); a device, a pipe
                    or a folder is never read
  --dry-run         print the aligned rows (row, confidence, the first 40 characters of each
                    language; ! marks a row below ${LOW_CONFIDENCE.toFixed(2)}) and create nothing
  -h, --help        show this help

Exit status: 0 done, 1 bad input (a file that cannot be read or is not UTF-8 text, two
files in one language, text without source, an id that exists), 2 bad usage.

Example: triglot import --id floating-library en.txt zh.txt ru.txt
`;

const PREVIEW_CHARS = 40;

interface Args {
  id?: string;
  lines: boolean;
  dryRun: boolean;
  help: boolean;
  srcLang?: Lang;
  tgtLangs: Lang[];
  maxSize: number;
  files: string[];
}

interface LoadedText {
  path: string;
  lang: Lang;
  paragraphs: string[];
}

/** `triglot import` (argv without the command name): returns the exit code (0 ok, 1 bad input, 2 bad usage). */
export async function runImport(argv: string[], io: ImportIo, deps: ImportDeps): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`import: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  try {
    const [srcPath, ...tgtPaths] = args.files as [string, ...string[]];
    const read = (file: string) => io.readFile(file, args.maxSize);
    const source = await load(srcPath, 'source', args.srcLang, args.lines, read, args.maxSize);
    const targets: LoadedText[] = [];
    for (const [k, path] of tgtPaths.entries())
      targets.push(await load(path, 'target', args.tgtLangs[k], args.lines, read, args.maxSize));
    checkDistinct([source, ...targets]);

    // Installed dictionaries add lexical evidence; without them alignment works all the same.
    const draft = buildDraft(source, targets, await loadLexicons());
    if (args.dryRun) {
      printRows(draft, source, targets, io);
      const problems = draftProblems(draft);
      for (const p of problems) io.stderr(`import: ${describeProblem(p)}\n`);
      return problems.length > 0 ? 1 : 0;
    }

    const result = draftToDocument(draft, { id: args.id ?? '' });
    if (!result.ok) {
      for (const p of result.problems) io.stderr(`import: ${describeProblem(p)}\n`);
      io.stderr('import: nothing was imported\n');
      return 1;
    }
    draft.rows.forEach((row, i) => {
      if (isLowConfidence(row)) {
        io.stderr(`import: warning: row ${i + 1} has low alignment confidence (${confidence(row.confidence)}); check it\n`);
      }
    });
    let preTranslated = 0;
    try {
      ({ preTranslated } = await deps.importDocument(result.document));
    } catch (e) {
      if (e instanceof Error && e.name === 'DocumentExistsError') {
        const deleted = (e as { reason?: unknown }).reason === 'deleted';
        throw new InputError(
          deleted
            ? `the id ${result.document.id} belonged to a deleted document whose history is kept; choose another id`
            : `a document with id ${result.document.id} already exists`,
        );
      }
      throw e;
    }
    io.stdout(`${summary(result.document)} Pre-translated from translation memory: ${preTranslated}.\n`);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`import: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

function parseArgs(argv: string[]): Args {
  const args: Args = { lines: false, dryRun: false, help: false, tgtLangs: [], maxSize: DEFAULT_MAX_FILE_BYTES, files: [] };
  for (const { arg, flag, value } of argTokens(argv)) {
    switch (flag) {
      case '--id':
        if (args.id !== undefined) throw new UsageError('--id is given more than once');
        args.id = value();
        break;
      case '--lines':
        args.lines = true;
        break;
      case '--dry-run':
        args.dryRun = true;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--src-lang':
        if (args.srcLang !== undefined) throw new UsageError('--src-lang is given more than once');
        args.srcLang = parseLang(flag, value());
        break;
      case '--tgt-lang':
        args.tgtLangs.push(parseLang(flag, value()));
        break;
      case '--max-size':
        args.maxSize = parseSize(flag, value());
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        args.files.push(arg);
    }
  }
  if (args.help) return args;
  if (args.files.length < 2) throw new UsageError('expected a source file and one or two target files: SRC TGT [TGT]');
  if (args.files.length > 3) throw new UsageError(`expected at most three files (SRC and two TGT), got ${args.files.length}`);
  const targetCount = args.files.length - 1;
  if (args.tgtLangs.length > targetCount) {
    throw new UsageError(`--tgt-lang is given ${args.tgtLangs.length} times for ${targetCount} target file(s)`);
  }
  if (args.id === undefined && !args.dryRun) throw new UsageError('--id is required (the id of the new document)');
  if (args.id !== undefined && !ID_PATTERN.test(args.id)) {
    throw new UsageError(`--id must be lower-case letters, digits and single hyphens, e.g. floating-library (got '${args.id}')`);
  }
  return args;
}

async function load(
  path: string,
  role: string,
  lang: Lang | undefined,
  perLine: boolean,
  readFile: (path: string) => Promise<Buffer>,
  maxSize: number,
): Promise<LoadedText> {
  const text = await readText(path, role, readFile, maxSize);
  return { path, lang: lang ?? detectLanguage(text), paragraphs: paragraphsOf(text, path, role, perLine) };
}

/** A document has one text per language, so two files in one language cannot both be imported. */
function checkDistinct(texts: readonly LoadedText[]): void {
  texts.forEach((text, i) => {
    const other = texts.slice(0, i).find((t) => t.lang === text.lang);
    if (other) {
      throw new InputError(
        `'${other.path}' and '${text.path}' are both ${text.lang}; name the languages with --src-lang and --tgt-lang if detection is wrong`,
      );
    }
  });
}

function describeProblem(p: DocumentProblem): string {
  switch (p.code) {
    case 'empty':
      return 'there is nothing to import';
    case 'no-title':
      return 'the title is empty';
    case 'target-without-source':
      return `row ${p.row}: ${p.lang} text has no source text to belong to`;
    case 'bad-id':
      return `'${p.id}' is not a valid document id`;
    case 'bad-languages':
      return 'the languages must be distinct, source first';
  }
}

function printRows(draft: ImportDraft, source: LoadedText, targets: readonly LoadedText[], io: ImportIo): void {
  const describe = (t: LoadedText) => `${t.path} (${t.lang}, ${t.paragraphs.length} paragraphs)`;
  io.stdout(`source ${describe(source)} | targets ${targets.map(describe).join(', ')} | ${draft.rows.length} rows\n`);
  const previews = draft.rows.map((row) => draft.languages.map((lang) => preview(row.cells[lang] ?? [])));
  const widths = draft.languages.map((_, c) => Math.max(2, ...previews.map((cells) => displayWidth(cells[c] ?? ''))));
  const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));
  io.stdout(`   row  conf  ${draft.languages.map((l, c) => pad(l, widths[c] ?? 0)).join(' | ')}`.trimEnd() + '\n');
  draft.rows.forEach((row, i) => {
    const cells = (previews[i] ?? []).map((s, c) => pad(s, widths[c] ?? 0)).join(' | ');
    const mark = isLowConfidence(row) ? '!' : ' ';
    io.stdout(`${mark}${String(i + 1).padStart(5)}  ${confidence(row.confidence)}  ${cells}`.trimEnd() + '\n');
  });
  const flagged = draft.rows.filter(isLowConfidence).length;
  io.stdout(
    `${flagged} of ${draft.rows.length} rows below ${LOW_CONFIDENCE.toFixed(2)} confidence (marked !); nothing was imported\n`,
  );
}

/** Rounded down, so a flagged row never shows the threshold itself (0.498 is 0.49, not 0.50). */
function confidence(value: number): string {
  return (Math.floor(value * 100) / 100).toFixed(2);
}

/** The first PREVIEW_CHARS characters of a cell, paragraphs marked ¶; ∅ for an empty cell. */
function preview(cell: readonly string[]): string {
  if (cell.length === 0) return '∅';
  const chars = [...cell.join(' ¶ ')];
  return chars.length > PREVIEW_CHARS ? `${chars.slice(0, PREVIEW_CHARS).join('')}…` : chars.join('');
}

function summary(doc: ContentDocument): string {
  const total = doc.segments.length;
  const targets = doc.languages
    .filter((l) => l !== doc.sourceLang)
    .map((l) => `${l} ${Object.keys(doc.texts[l] ?? {}).length}/${total}`)
    .join(', ');
  return `Imported ${doc.id}: ${total} segments, source ${doc.sourceLang}${targets ? `; translations as drafts: ${targets}` : ''}.`;
}
