import { alignParagraphs, detectLanguage, type Lang } from '../lib/align/index';
import { loadLexicons } from '../lib/align/lexicon/load';
import { argTokens, DEFAULT_MAX_FILE_BYTES, InputError, paragraphsOf, parseLang, parseSize, readText, UsageError } from './input';

export interface AlignIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string, maxBytes?: number) => Promise<Buffer>;
}

const USAGE = `Usage: triglot align [options] SRC TGT

Aligns the paragraphs of two UTF-8 plain-text files that translate each other.
Paragraphs are separated by blank lines (or one per line with --lines).

Options:
  --lines           one paragraph per non-blank line
  --json            print only the beads as JSON, e.g. [[[0],[0]],[[1,2],[1]],[[3],[]]]
  --src-lang L      source language (en|ru|zh); detected by script if omitted
  --tgt-lang L      target language (en|ru|zh); detected by script if omitted
  --width N         width of the side-by-side view (default 120)
  --max-size N      largest file to read (default 64M; K, M, G suffixes)
  -h, --help        show this help
`;

interface Args {
  lines: boolean;
  json: boolean;
  help: boolean;
  srcLang?: Lang;
  tgtLang?: Lang;
  width: number;
  maxSize: number;
  files: string[];
}

/** `triglot align`: returns the process exit code (0 ok, 1 bad input, 2 bad usage). */
export async function runAlign(argv: string[], io: AlignIo): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.stderr(`align: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  const [srcPath, tgtPath] = args.files as [string, string];
  try {
    const srcText = await readText(srcPath, 'source', io.readFile, args.maxSize);
    const tgtText = await readText(tgtPath, 'target', io.readFile, args.maxSize);
    const src = paragraphsOf(srcText, srcPath, 'source', args.lines);
    const tgt = paragraphsOf(tgtText, tgtPath, 'target', args.lines);
    const srcLang = args.srcLang ?? detectLanguage(srcText);
    const tgtLang = args.tgtLang ?? detectLanguage(tgtText);
    const result = alignParagraphs(src, tgt, { langs: [srcLang, tgtLang], lexicons: await loadLexicons() });
    if (args.json) {
      io.stdout(`${JSON.stringify(result.beads)}\n`);
      return 0;
    }
    io.stdout(
      `source ${srcPath} (${srcLang}, ${src.length} paragraphs) | target ${tgtPath} (${tgtLang}, ${tgt.length} paragraphs) | ` +
        `${result.beads.length} beads, length ratio ${result.ratio.toFixed(3)}\n`,
    );
    result.beads.forEach(([s, t], k) => {
      const line = sideBySide(
        k + 1,
        result.confidence[k] ?? 0,
        s.map((i) => src[i] ?? '').join(' ¶ '),
        t.map((i) => tgt[i] ?? '').join(' ¶ '),
        args.width,
      );
      io.stdout(`${line}\n`);
    });
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`align: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

function parseArgs(argv: string[]): Args {
  const args: Args = { lines: false, json: false, help: false, width: 120, maxSize: DEFAULT_MAX_FILE_BYTES, files: [] };
  for (const { arg, flag, value } of argTokens(argv)) {
    switch (flag) {
      case '--lines':
        args.lines = true;
        break;
      case '--json':
        args.json = true;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--src-lang':
        args.srcLang = parseLang(flag, value());
        break;
      case '--tgt-lang':
        args.tgtLang = parseLang(flag, value());
        break;
      case '--max-size':
        args.maxSize = parseSize(flag, value());
        break;
      case '--width': {
        const w = Number(value());
        if (!Number.isInteger(w) || w < 40) throw new UsageError('--width must be an integer of at least 40');
        args.width = w;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        args.files.push(arg);
    }
  }
  if (!args.help && args.files.length !== 2) {
    throw new UsageError(
      args.files.length < 2 ? 'expected two files, SRC and TGT' : `expected two files, got ${args.files.length}`,
    );
  }
  return args;
}

const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{20000}-\u{3FFFD}]/u;

/** Terminal columns: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** Cuts to at most `width` columns (ending in … when cut) and pads with spaces. */
export function fitColumns(text: string, width: number): string {
  if (displayWidth(text) <= width) return text + ' '.repeat(width - displayWidth(text));
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = WIDE.test(ch) ? 2 : 1;
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…${' '.repeat(width - 1 - w)}`;
}

function sideBySide(n: number, confidence: number, src: string, tgt: string, width: number): string {
  const prefix = `${String(n).padStart(5)}  ${confidence.toFixed(2)}  `;
  const column = Math.floor((width - prefix.length - 3) / 2);
  const left = fitColumns(src || '∅', column);
  const right = fitColumns(tgt || '∅', column);
  return `${prefix}${left} | ${right}`.trimEnd();
}
