import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gzip } from 'node:zlib';

/**
 * An HTTP cache in front of Next, in the same process: it keeps the exact bytes of pages Next
 * served from its own cache and answers the next request for the same key with them, without
 * entering Next's router, proxy or renderer. Next stays the only thing that renders and decides
 * what is cacheable (a response it marked with `x-nextjs-cache`); this only remembers its
 * answer, like a CDN would, and compresses it once instead of on every request.
 *
 * Keys must name everything a page shows (for the reader: database, document revision, view),
 * so an entry is never stale, only unused; entries go oldest-use first once the byte budget is
 * spent.
 */

export interface FrontCacheOptions {
  /** The byte budget for bodies (identity and gzip together). */
  maxBytes: number;
  /** The largest single page kept. */
  maxEntryBytes?: number;
  /** Headers set on every answer from the cache, computed per request (e.g. a CSP that depends on the scheme). */
  perRequestHeaders?: (request: IncomingMessage) => Record<string, string>;
}

interface Entry {
  status: number;
  headers: [string, string | string[]][];
  body: Buffer;
  gzip: Buffer | null;
  etag: string;
  bytes: number;
}

/** Headers that describe one connection or one encoding of a body, never stored. */
const HOP_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
  'content-length',
  'content-encoding',
  'etag',
  'x-triglot-cache',
]);

export interface FrontCache {
  /**
   * Answers the request from the cache when `key` is there; otherwise runs `next` (Next's own
   * handler) and keeps what it answers when that is a cached page. `key` null: just `next`.
   */
  handle(key: string | null, request: IncomingMessage, response: ServerResponse, next: () => unknown): Promise<void>;
  /** Entries held and bytes used, for tests and the benchmark. */
  stats(): { entries: number; bytes: number };
}

export function createFrontCache(options: FrontCacheOptions): FrontCache {
  const entries = new Map<string, Entry>();
  const maxEntry = Math.min(options.maxEntryBytes ?? 16 * 1024 * 1024, options.maxBytes);
  let total = 0;

  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    total -= entry.bytes;
    entries.delete(key);
  };

  const evict = () => {
    for (const oldest of entries.keys()) {
      if (total <= options.maxBytes) break;
      drop(oldest);
    }
  };

  const store = (key: string, entry: Entry) => {
    drop(key);
    entries.set(key, entry);
    total += entry.bytes;
    evict();
  };

  function serve(entry: Entry, request: IncomingMessage, response: ServerResponse) {
    response.statusCode = entry.status;
    for (const [name, value] of entry.headers) response.setHeader(name, value);
    for (const [name, value] of Object.entries(options.perRequestHeaders?.(request) ?? {})) response.setHeader(name, value);
    response.setHeader('ETag', entry.etag);
    response.setHeader('X-Nextjs-Cache', 'HIT');
    response.setHeader('X-Triglot-Cache', 'hit');
    if (matchesEtag(request.headers['if-none-match'], entry.etag)) {
      response.statusCode = 304;
      response.end();
      return;
    }
    const zipped = entry.gzip !== null && acceptsGzip(request.headers['accept-encoding']);
    const body = zipped ? (entry.gzip as Buffer) : entry.body;
    if (zipped) response.setHeader('Content-Encoding', 'gzip');
    response.setHeader('Content-Length', body.byteLength);
    if (request.method === 'HEAD') response.end();
    else response.end(body);
  }

  function captureInto(key: string, request: IncomingMessage, response: ServerResponse) {
    // Next compresses for clients that accept it; the cache wants the plain bytes, and zips them once.
    delete request.headers['accept-encoding'];
    response.setHeader('X-Triglot-Cache', 'miss');
    const chunks: Buffer[] = [];
    let size = 0;
    let overflow = false;
    const collect = (chunk: unknown, encoding: unknown) => {
      if (overflow || chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const buffer =
        typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk as Uint8Array);
      size += buffer.byteLength;
      if (size > maxEntry) {
        overflow = true;
        chunks.length = 0;
      } else chunks.push(buffer);
    };
    const write = response.write;
    const end = response.end;
    response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as ServerResponse['write'];
    response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    } as ServerResponse['end'];
    response.once('finish', () => {
      const headers = response.getHeaders();
      if (overflow || request.method !== 'GET' || response.statusCode !== 200 || !isCachedByNext(headers)) return;
      const body = Buffer.concat(chunks);
      const kept = Object.entries(headers).filter(
        (pair): pair is [string, string | string[]] => !HOP_HEADERS.has(pair[0]) && pair[0] !== 'vary' && pair[1] !== undefined,
      );
      const entry: Entry = {
        status: 200,
        headers: [
          ...kept.map(([name, value]): [string, string | string[]] => [name, Array.isArray(value) ? value : String(value)]),
          ['vary', withAcceptEncoding(headers.vary)],
        ],
        body,
        gzip: null,
        etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
        bytes: body.byteLength,
      };
      store(key, entry);
      gzip(body, (error, zipped) => {
        if (error || entries.get(key) !== entry) return;
        // Added in place: a copy that arrives late must not make the page look recently used.
        entry.gzip = zipped;
        entry.bytes += zipped.byteLength;
        total += zipped.byteLength;
        evict();
      });
    });
  }

  return {
    async handle(key, request, response, next) {
      const entry = key === null ? undefined : entries.get(key);
      if (entry && key !== null) {
        // Most recently used goes last, so eviction takes the front.
        entries.delete(key);
        entries.set(key, entry);
        serve(entry, request, response);
        return;
      }
      if (key !== null) captureInto(key, request, response);
      await next();
    },
    stats: () => ({ entries: entries.size, bytes: total }),
  };
}

/** A page Next answered from (or put into) its own cache, with nothing per-visitor in it. */
function isCachedByNext(headers: OutgoingHttpHeaders): boolean {
  const mark = headers['x-nextjs-cache'];
  return typeof mark === 'string' && ['HIT', 'MISS', 'STALE'].includes(mark) && headers['set-cookie'] === undefined;
}

/** Next's Vary (its flight headers), and the encoding this cache chooses by. */
function withAcceptEncoding(vary: OutgoingHttpHeaders[string]): string {
  const names = (Array.isArray(vary) ? vary.join(',') : String(vary ?? ''))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (!names.some((name) => name.toLowerCase() === 'accept-encoding')) names.push('Accept-Encoding');
  return names.join(', ');
}

function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().split(';');
    if (coding.trim().toLowerCase() !== 'gzip') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
