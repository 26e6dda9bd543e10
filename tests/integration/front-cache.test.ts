import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createFrontCache, type FrontCache } from '@/server/http/front-cache';

/*
 * The front cache in a real HTTP server, with a small handler in Next's place that answers the
 * way Next does: a page from its cache carries `x-nextjs-cache`, and its body comes in chunks.
 * What it must hold: the second request gets the same bytes and headers without reaching the
 * handler; nothing per-visitor or unfinished is ever kept; a new key is a new page.
 */

interface Stand {
  url: string;
  /** How many requests reached the handler standing in for Next. */
  reached: () => number;
  close: () => Promise<void>;
}

const servers: Stand[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

type Answer = (request: http.IncomingMessage, response: http.ServerResponse) => void;

const page =
  (text: string): Answer =>
  (request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('x-nextjs-cache', 'MISS');
    response.setHeader('Vary', 'rsc, Accept-Encoding');
    response.setHeader('X-Seen-Encoding', String(request.headers['accept-encoding'] ?? 'none'));
    response.write(`<html><body>${text}`);
    response.end('</body></html>');
  };

async function stand(cache: FrontCache, keyOf: (url: string) => string | null, answer: Answer): Promise<Stand> {
  let reached = 0;
  const server = http.createServer((request, response) => {
    void cache.handle(keyOf(request.url ?? '/'), request, response, () => {
      reached += 1;
      answer(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const result: Stand = {
    url: `http://127.0.0.1:${port}`,
    reached: () => reached,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(result);
  return result;
}

/** GET without automatic decompression, so the test sees the bytes on the wire. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const request = http.request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

/** The gzip copy is made after the first answer: the first gzip answer may still come plain. */
async function untilZipped(url: string) {
  for (;;) {
    const answer = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    if (answer.headers['content-encoding'] === 'gzip') return answer;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

const byPath = (url: string) => url.split('?')[0] ?? url;

describe('front cache', () => {
  it('answers the second request with the first answer’s bytes and headers, without reaching Next', async () => {
    const s = await stand(createFrontCache({ maxBytes: 1 << 20 }), byPath, page('出口增长 50%'));
    const first = await get(`${s.url}/a`, { 'accept-encoding': 'gzip' });
    expect(first.headers['x-triglot-cache']).toBe('miss');
    // Next was asked for the plain bytes, whatever the client accepts.
    expect(first.headers['x-seen-encoding']).toBe('none');
    const second = await get(`${s.url}/a`);
    expect(s.reached()).toBe(1);
    expect(second.headers['x-triglot-cache']).toBe('hit');
    expect(second.headers['x-nextjs-cache']).toBe('HIT');
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.body.toString('utf8')).toBe('<html><body>出口增长 50%</body></html>');
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(second.headers['content-length']).toBe(String(first.body.byteLength));
    expect(second.headers.vary).toBe('rsc, Accept-Encoding');
  });

  it('zips once and serves the zipped copy to clients that accept it', async () => {
    const s = await stand(createFrontCache({ maxBytes: 1 << 20 }), byPath, page('Россия и Китай '.repeat(200)));
    const plain = await get(`${s.url}/a`);
    const zipped = await untilZipped(`${s.url}/a`);
    expect(zipped.body.byteLength).toBeLessThan(plain.body.byteLength / 4);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect((await get(`${s.url}/a`, { 'accept-encoding': 'gzip;q=0, identity' })).headers['content-encoding']).toBeUndefined();
    expect(s.reached()).toBe(1);
  });

  it('answers a matching If-None-Match with 304, and HEAD with headers only', async () => {
    const s = await stand(createFrontCache({ maxBytes: 1 << 20 }), byPath, page('x'));
    await get(`${s.url}/a`);
    const hit = await get(`${s.url}/a`);
    const etag = hit.headers.etag ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const revalidated = await get(`${s.url}/a`, { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.byteLength).toBe(0);
    expect((await get(`${s.url}/a`, { 'if-none-match': '"other"' })).status).toBe(200);
    const head = await get(`${s.url}/a`, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(hit.headers['content-length']);
    expect(head.body.byteLength).toBe(0);
  });

  it('keeps nothing Next did not cache, nothing that sets a cookie, no error and no unkeyed request', async () => {
    const answers: Record<string, Answer> = {
      '/dynamic': (_q, r) => r.end('per request'),
      '/cookie': (q, r) => {
        r.setHeader('Set-Cookie', 'NEXT_LOCALE=ru');
        page('with a cookie')(q, r);
      },
      '/missing': (_q, r) => {
        r.statusCode = 404;
        r.setHeader('x-nextjs-cache', 'MISS');
        r.end('not found');
      },
      '/unkeyed': page('not for the cache'),
    };
    const s = await stand(
      createFrontCache({ maxBytes: 1 << 20 }),
      (url) => (url === '/unkeyed' ? null : url),
      (q, r) => (answers[q.url ?? ''] as Answer)(q, r),
    );
    for (const path of Object.keys(answers)) {
      await get(`${s.url}${path}`);
      const again = await get(`${s.url}${path}`);
      expect(again.headers['x-triglot-cache'], path).not.toBe('hit');
    }
    expect(s.reached()).toBe(8);
  });

  it('gives a new key a new page, and keeps within its byte budget, oldest use first', async () => {
    const cache = createFrontCache({ maxBytes: 2_500 });
    // Bodies of ~1,000 bytes that do not compress below the budget's reach: at most two fit.
    const s = await stand(cache, byPath, (q, r) => page(`${q.url}:${'x'.repeat(1_000)}`)(q, r));
    await get(`${s.url}/one`);
    await get(`${s.url}/two`);
    expect((await get(`${s.url}/one`)).headers['x-triglot-cache']).toBe('hit');
    await get(`${s.url}/three`);
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(cache.stats().bytes).toBeLessThanOrEqual(2_500);
    // /two was used least recently: gone; /one stays.
    expect((await get(`${s.url}/one`)).headers['x-triglot-cache']).toBe('hit');
    expect((await get(`${s.url}/two`)).headers['x-triglot-cache']).toBe('miss');
  });

  it('never keeps a page larger than its limit for one entry', async () => {
    const cache = createFrontCache({ maxBytes: 1 << 20, maxEntryBytes: 100 });
    const s = await stand(cache, byPath, page('y'.repeat(500)));
    await get(`${s.url}/big`);
    expect((await get(`${s.url}/big`)).headers['x-triglot-cache']).toBe('miss');
    expect(cache.stats()).toEqual({ entries: 0, bytes: 0 });
  });
});
