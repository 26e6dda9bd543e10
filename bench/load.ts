import http from 'node:http';

export interface LoadResult {
  requests: number;
  failures: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  /** Per request: method, path, headers and body; null ends the worker. Called with the worker's index and its request count. */
  request?: (
    worker: number,
    n: number,
  ) => { method?: string; path?: string; headers?: Record<string, string>; body?: string } | null;
  /** Which statuses count as success (200 by default). */
  ok?: (status: number) => boolean;
}

/**
 * A closed-loop load: `connections` workers on keep-alive sockets, each sending its next
 * request as soon as the last answer is read, for `seconds`. Latency percentiles in ms.
 */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const target = new URL(options.url);
  const latencies: number[] = [];
  let failures = 0;
  const ok = options.ok ?? ((s: number) => s === 200);
  const deadline = performance.now() + options.seconds * 1000;

  const once = (worker: number, n: number) =>
    new Promise<boolean | null>((resolve) => {
      const spec = options.request ? options.request(worker, n) : {};
      if (spec === null) return resolve(null);
      const started = performance.now();
      const req = http.request(
        {
          agent,
          hostname: target.hostname,
          port: target.port,
          path: spec.path ?? target.pathname + target.search,
          method: spec.method ?? 'GET',
          headers: spec.headers,
        },
        (res) => {
          res.on('data', () => undefined);
          res.on('end', () => {
            latencies.push(performance.now() - started);
            resolve(ok(res.statusCode ?? 0));
          });
        },
      );
      req.on('error', () => resolve(false));
      if (spec.body !== undefined) req.end(spec.body);
      else req.end();
    });

  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.connections }, async (_, worker) => {
      for (let n = 0; performance.now() < deadline; n++) {
        const result = await once(worker, n);
        if (result === null) break;
        if (!result) failures += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { requests: latencies.length, failures, seconds, perSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99) };
}

/** A bare Node server answering every request with the same bytes: the ceiling for serving a page. */
export async function staticServer(body: Buffer, contentType: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.byteLength });
    res.end(body);
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
