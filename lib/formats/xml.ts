import { SaxesParser, type SaxesTagNS } from 'saxes';
import { FormatError } from './model';

/**
 * The largest exchange file read, in bytes. A document of ten thousand long paragraphs in
 * one language fits several times over; anything bigger is refused before it fills memory.
 */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export type ByteChunks = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** Where the decoder or parser is: 1-based line and column in characters. */
export interface Position {
  line: number;
  column: number;
}

const formatPosition = (p: Position) => `line ${p.line}, column ${p.column}`;

/** The length of the longest prefix of `bytes` that holds only whole UTF-8 characters. */
function wholeCharacters(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const b = bytes[bytes.length - back] ?? 0;
    if (b < 0x80) return bytes.length;
    if (b >= 0xc0) {
      const width = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return width > back ? bytes.length - back : bytes.length;
    }
  }
  return bytes.length;
}

/** The length of the longest prefix that is valid UTF-8 (binary search: only on the error path). */
function validPrefix(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

function advance(at: Position, text: string): void {
  const lastBreak = text.lastIndexOf('\n');
  if (lastBreak < 0) {
    at.column += text.length;
    return;
  }
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) at.line += 1;
  at.column = text.length - lastBreak;
}

/**
 * Decodes a byte stream as UTF-8 without ever holding more than one chunk: a BOM is dropped,
 * UTF-16 and invalid bytes are refused with the line and column where they start, and a
 * stream longer than `maxBytes` is refused as soon as it passes the limit.
 */
export async function* decodeUtf8(chunks: ByteChunks, maxBytes = MAX_FILE_BYTES): AsyncGenerator<string> {
  // Not ignoreBOM: the decoder drops a leading BOM itself, however the chunks split it.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const at: Position = { line: 1, column: 1 };
  let total = 0;
  let carry = new Uint8Array(0);
  let first = true;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > maxBytes) {
      throw new FormatError(
        `the file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB: split it, or export fewer languages`,
      );
    }
    const bytes = carry.length > 0 ? concat(carry, chunk) : chunk;
    if (first && bytes.length >= 2) {
      first = false;
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        throw new FormatError('the file is UTF-16: save it as UTF-8');
      }
    }
    const cut = wholeCharacters(bytes);
    carry = bytes.slice(cut);
    const whole = bytes.subarray(0, cut);
    let text: string;
    try {
      text = decoder.decode(whole, { stream: true });
    } catch {
      advance(at, new TextDecoder('utf-8').decode(whole.subarray(0, validPrefix(whole)), { stream: true }));
      throw new FormatError(`${formatPosition(at)}: not UTF-8 (save the file as UTF-8)`);
    }
    advance(at, text);
    if (text.length > 0) yield text;
  }
  if (carry.length > 0) throw new FormatError(`${formatPosition(at)}: not UTF-8 (the file ends inside a character)`);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * An element as the handlers see it: its namespace, local name and attributes, keyed by local
 * name when they have no namespace and by `{uri}local` when they have one (`xml:lang` is
 * `{http://www.w3.org/XML/1998/namespace}lang`), whatever prefix the file chose.
 */
export interface XmlElement {
  uri: string;
  local: string;
  attributes: Record<string, string>;
  at: Position;
}

export interface XmlHandlers {
  open: (element: XmlElement) => void;
  close: (element: XmlElement) => void;
  /** Character data (text and CDATA) inside the current element. */
  text: (text: string, at: Position) => void;
}

/**
 * Parses XML as a stream with saxes. No DTD is read and no entity is expanded: a DOCTYPE is
 * refused outright (it is how external entities and entity bombs get in), and an entity
 * other than the five XML predefines is an error. Handlers throw FormatError to stop; every
 * error names the line and column.
 */
export async function parseXml(chunks: ByteChunks, handlers: XmlHandlers, maxBytes = MAX_FILE_BYTES): Promise<void> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const here = (): Position => ({ line: parser.line, column: parser.column });
  const attributesOf = (tag: SaxesTagNS): Record<string, string> =>
    Object.fromEntries(
      Object.values(tag.attributes)
        .filter((a) => a.prefix !== 'xmlns' && a.name !== 'xmlns')
        .map((a) => [a.uri ? `{${a.uri}}${a.local}` : a.local, a.value]),
    );
  const stack: XmlElement[] = [];
  parser.on('xmldecl', (decl) => {
    if (decl.encoding !== undefined && decl.encoding.toLowerCase().replace(/[-_]/g, '') !== 'utf8') {
      throw new FormatError(`${formatPosition(here())}: the file declares encoding "${decl.encoding}": only UTF-8 is read`);
    }
  });
  parser.on('doctype', () => {
    throw new FormatError(`${formatPosition(here())}: a DOCTYPE is not allowed (no DTD or entity is read)`);
  });
  parser.on('opentag', (tag) => {
    const element = { uri: tag.uri, local: tag.local, attributes: attributesOf(tag), at: here() };
    stack.push(element);
    handlers.open(element);
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    if (element) handlers.close(element);
  });
  parser.on('text', (text) => {
    if (stack.length > 0) handlers.text(text, here());
  });
  parser.on('cdata', (text) => handlers.text(text, here()));
  try {
    for await (const text of decodeUtf8(chunks, maxBytes)) parser.write(text);
    parser.close();
  } catch (error) {
    if (error instanceof FormatError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const located = /^(\d+):(\d+): (.*)$/s.exec(message);
    throw new FormatError(located ? `line ${located[1]}, column ${located[2]}: ${located[3]}` : message);
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for element content and double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** One place to say where an error is. */
export function located(at: Position, message: string): FormatError {
  return new FormatError(`${formatPosition(at)}: ${message}`);
}
