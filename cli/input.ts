import { splitParagraphs } from '@/lib/align';
import { isLang, type Lang, LANGUAGES } from '@/lib/languages';
import { codePointLabel, findInvalidCharacter, normalizeNewlines } from '@/lib/text/rules';

/** A mistake in how the command was called: exit 2 with the usage. */
export class UsageError extends Error {}
/** A file that cannot be used: exit 1 with a message naming it. */
export class InputError extends Error {}

export function parseLang(flag: string, value: string): Lang {
  if (isLang(value)) return value;
  throw new UsageError(`${flag} must be one of ${LANGUAGES.join(', ')} (got '${value}')`);
}

/** A text file as UTF-8 (BOM dropped); refuses unreadable, binary and non-UTF-8 files by name. */
export async function readText(path: string, role: string, readFile: (path: string) => Promise<Buffer>): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new InputError(`cannot read ${role} file '${path}': ${e instanceof Error ? e.message : String(e)}`);
  }
  if (bytes.includes(0)) throw new InputError(`${role} file '${path}' is binary (contains NUL bytes), expected UTF-8 text`);
  let text: string;
  try {
    text = normalizeNewlines(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    throw new InputError(`${role} file '${path}' is not valid UTF-8`);
  }
  // The rules of every stored text (lib/text): no control characters but newline and tab; NFC.
  const bad = findInvalidCharacter(text);
  if (bad) {
    const line = text.slice(0, bad.index).split('\n').length;
    throw new InputError(
      `${role} file '${path}' contains the control character ${codePointLabel(bad.codePoint)} on line ${line}; only newlines and tabs may appear in text`,
    );
  }
  return text.normalize('NFC');
}

/** The paragraphs of a file's text; an empty or blank file is an input error. */
export function paragraphsOf(text: string, path: string, role: string, perLine: boolean): string[] {
  const paragraphs = splitParagraphs(text, perLine);
  if (paragraphs.length === 0) throw new InputError(`${role} file '${path}' has no paragraphs (it is empty or blank)`);
  return paragraphs;
}

export interface ArgToken {
  /** The argument as given. */
  arg: string;
  /** The option name (`--id` of `--id=x`), or the whole argument when it has no `=`. */
  flag: string;
  /** The option's value: after `=`, else the next argument (consumed). */
  value: () => string;
}

/** Walks a command's arguments, taking `--flag value` and `--flag=value` alike. */
export function* argTokens(argv: readonly string[]): Generator<ArgToken> {
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] ?? '';
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    yield {
      arg,
      flag,
      value: () => {
        const v = inline ?? argv[++k];
        if (v === undefined) throw new UsageError(`${flag} needs a value`);
        return v;
      },
    };
  }
}
