import type { IncomingMessage, ServerResponse } from 'node:http';
import { pageCsp } from '@/lib/http/headers';
import { anonymousReaderRequest, cookieNamesOf } from '@/lib/http/reader-request';
import { getDb } from '../database';
import { cachedReaderPath } from '../queries/reader';
import { createFrontCache, type FrontCache } from './front-cache';

/** Where serve.mjs finds the front cache: installed by instrumentation.ts once the database is open. */
export const READER_FRONT = Symbol.for('triglot.readerFront');

export interface ReaderFront {
  /** Answers an anonymous reader request from the front cache, or hands the request to `next`. */
  handle(request: IncomingMessage, response: ServerResponse, next: () => unknown): Promise<void>;
}

/**
 * The key of an anonymous reader request: the cached route it would be rewritten to (database
 * epoch, document revision, view; see cachedReaderPath), so a write anywhere (app, CLI, another
 * server) gives the very next request a new key. Null for anything else.
 */
async function readerKey(request: IncomingMessage): Promise<string | null> {
  const url = new URL(request.url ?? '/', 'http://front.invalid');
  const reader = anonymousReaderRequest({
    method: request.method ?? 'GET',
    pathname: url.pathname,
    search: url.searchParams,
    header: (name) => {
      const value = request.headers[name];
      return value === undefined ? null : String(value);
    },
    cookieNames: cookieNamesOf(request.headers.cookie),
  });
  if (!reader) return null;
  const target = await cachedReaderPath(await getDb(), reader.locale, reader.documentId, url.searchParams);
  return target ? `${target.path}?${target.query.toString()}` : null;
}

function budget(): number {
  // The same setting as Next's page cache (cache-handler.cjs); this one holds half as much again.
  const mb = Math.max(1, Number(process.env.TRIGLOT_PAGE_CACHE_MB) || 256);
  return Math.floor((mb * 1024 * 1024) / 2);
}

export function createReaderFront(cache: FrontCache = createFrontCache({ maxBytes: budget(), perRequestHeaders })): ReaderFront {
  return {
    async handle(request, response, next) {
      let key: string | null = null;
      try {
        key = await readerKey(request);
      } catch (error) {
        // The database did not answer: Next's own path answers (and reports) it.
        console.error(`triglot: front cache: ${error instanceof Error ? error.message : String(error)}`);
      }
      await cache.handle(key, request, response, next);
    },
  };
}

/** The page CSP without a nonce, as proxy.ts sets it on the cached reader, for this request's scheme. */
function perRequestHeaders(request: IncomingMessage): Record<string, string> {
  return {
    'Content-Security-Policy': pageCsp(null, {
      dev: process.env.NODE_ENV === 'development',
      upgradeInsecure: request.headers['x-forwarded-proto'] === 'https',
    }),
  };
}

/** Makes the front cache available to serve.mjs (the production server). Once per process. */
export function installReaderFront(): void {
  const slot = globalThis as typeof globalThis & { [READER_FRONT]?: ReaderFront };
  slot[READER_FRONT] ??= createReaderFront();
}
