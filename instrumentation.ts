/**
 * Runs once when a server process starts: stamp each request with its socket's address (for
 * the sign-in limit per address), open the database, apply migrations (the auth library's
 * too) and, on an empty database, import content/ (or, when asked, sync what changed in it).
 * A failure stops the process with exit code 1 and a message, instead of a server that answers
 * 500 to every request. Last, offer the reader's front cache to serve.mjs.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const http = await import('node:http');
  const { installPeerHeader } = await import('./server/http/peer');
  installPeerHeader(http);
  try {
    // The auth instance opens the database first, then creates its own tables.
    const { getAuth } = await import('./server/auth');
    await getAuth();
    // Opt-in (TRIGLOT_SYNC_ON_START=1): what changed in content/ comes in once, after seeding and
    // the auth tables (sync reads accounts).
    const [{ getDb }, { readConfig }, { syncOnStart }] = await Promise.all([
      import('./server/database'),
      import('./server/config'),
      import('./server/exchange/start'),
    ]);
    await syncOnStart(await getDb(), readConfig());
    // The front cache serve.mjs puts before Next (server/http/reader-front.ts).
    const { installReaderFront } = await import('./server/http/reader-front');
    installReaderFront();
  } catch (error) {
    console.error(`triglot: cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
