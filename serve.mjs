// The production server (`npm start`): Next's own request handler behind a small front that
// answers anonymous reader pages from the bytes Next rendered and cached before
// (server/http/reader-front.ts, installed by instrumentation.ts). Everything else, and every
// first request for a page, goes to Next untouched.
//   node serve.mjs [--port 3000] [--hostname 127.0.0.1]   (PORT works too; HOSTNAME is not read:
//   containers set it to their own name)
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
// Unset: every interface, IPv6 and IPv4 alike (so `localhost` works whichever it resolves to).
const hostname = values.hostname;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: --port must be a port number, not "${values.port ?? process.env.PORT}"`);
  process.exit(2);
}
// As `next start` does: the built app, in production mode, set before Next is loaded.
process.env.NODE_ENV = 'production';
const { default: next } = await import('next');
const dir = path.dirname(fileURLToPath(import.meta.url));
const app = next({ dev: false, dir, port, ...(hostname ? { hostname } : {}) });
const handle = app.getRequestHandler();
await app.prepare();

const FRONT = Symbol.for('triglot.readerFront');
const server = http.createServer((request, response) => {
  const front = globalThis[FRONT];
  const toNext = () => handle(request, response);
  const answered = front ? front.handle(request, response, toNext) : toNext();
  Promise.resolve(answered).catch((error) => {
    console.error(error);
    if (!response.headersSent) {
      response.statusCode = 500;
      response.end();
    } else response.destroy();
  });
});
server.keepAliveTimeout = 65_000;
const ready = () => console.log(`triglot: ready on http://${hostname ?? 'localhost'}:${port}`);
if (hostname) server.listen(port, hostname, ready);
else server.listen(port, ready);

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    server.close();
    app.close().finally(() => process.exit(0));
    // Open keep-alive connections would hold the close; they have had their chance.
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
