import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqlite, type Db } from '@/server/db/connect';

export const CONTENT_DIR = path.resolve(__dirname, '../../content');

/** A real SQLite file in a fresh temporary folder, migrated; `close` removes it. */
export async function tempDatabase(): Promise<{ db: Db; dir: string; close: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'triglot-db-'));
  const db = await openSqlite(dir);
  return {
    db,
    dir,
    close: async () => {
      await db.destroy();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A copy of content/ that a test may break without touching the real one. */
export async function contentCopy(): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'triglot-content-')), 'content');
  await cp(CONTENT_DIR, dir, { recursive: true });
  return dir;
}
