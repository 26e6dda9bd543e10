/**
 * Imports one content folder into a fresh SQLite database in this process and prints the
 * wall time and the process's peak memory, as JSON: the import benchmark's child.
 *   npx tsx bench/import-book.ts CONTENT_DIR DATA_DIR
 */
import { seedIfEmpty } from '../server/content/seed';
import { openSqlite } from '../server/db/connect';

const [contentDir, dataDir] = process.argv.slice(2);
if (!contentDir || !dataDir) throw new Error('usage: import-book.ts CONTENT_DIR DATA_DIR');
const db = await openSqlite(dataDir);
const started = performance.now();
const { imported } = await seedIfEmpty(db, contentDir);
const ms = performance.now() - started;
await db.destroy();
console.log(JSON.stringify({ imported, ms, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
