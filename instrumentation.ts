/**
 * Runs once when a server process starts: open the database, apply migrations and, on an
 * empty database, import content/. A broken content file or a bad DATABASE_URL then stops
 * the start with a message, instead of failing the first reader's request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // The auth instance opens the database first, then creates its own tables.
  const { getAuth } = await import('./server/auth');
  await getAuth();
}
