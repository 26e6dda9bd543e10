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

/** The largest input file the CLI reads unless --max-size raises it. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

/** `--max-size` values: bytes, or a number with K, M, G (KiB, MiB, GiB). */
export function parseSize(flag: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(value.trim());
  if (!match) throw new UsageError(`${flag} must be a size such as 64M, 200MiB or 1G (got '${value}')`);
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.floor(Number(match[1]) * factor);
  if (bytes < 1) throw new UsageError(`${flag} must be at least one byte`);
  return bytes;
}

function sizeLabel(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(bytes % 1024 ** 2 === 0 ? 0 : 1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
  return `${bytes} bytes`;
}

/**
 * Reads a regular file of at most `maxBytes`: a device (/dev/zero), a pipe, a socket or a
 * folder is refused before it is read, and so is a file over the limit, so memory stays bounded
 * whatever is named.
 */
export async function readRegularFile(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<Buffer> {
  const { open, stat } = await import('node:fs/promises');
  const { constants } = await import('node:fs');
  const info = await stat(path);
  if (!info.isFile()) {
    const kind = info.isDirectory()
      ? 'a folder'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'a device'
        : info.isFIFO()
          ? 'a pipe'
          : info.isSocket()
            ? 'a socket'
            : 'not a file';
    throw new Error(`it is ${kind}, not a regular file`);
  }
  const tooLarge = (size: string) =>
    new Error(`it is ${size}, over the limit of ${sizeLabel(maxBytes)} (raise it with --max-size)`);
  if (info.size > maxBytes) throw tooLarge(sizeLabel(info.size));
  // O_NONBLOCK: should the path have become a pipe since, opening it does not wait for a writer.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw tooLarge('larger than that now');
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** A text file as UTF-8 (BOM dropped); refuses unreadable, binary and non-UTF-8 files by name. */
export async function readText(
  path: string,
  role: string,
  readFile: (path: string, maxBytes?: number) => Promise<Buffer>,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path, maxBytes);
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
