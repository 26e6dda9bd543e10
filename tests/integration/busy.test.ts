import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentDocument } from '@/lib/content/model';
import type { Actor } from '@/lib/review';
import { importContentDocument } from '@/server/content/import';
import { seedIfEmpty } from '@/server/content/seed';
import { openSqlite, type Db, sqliteFile } from '@/server/db/connect';
import { getReaderDocument, listDocuments } from '@/server/queries/documents';
import { executeCommand } from '@/server/translations';
import { authOn, CONTENT_DIR, DIALECTS, useTempDatabase } from './helpers';

const DOC = 'sino-russian-cooperation';
const SEGMENTS = ['intro-conference', 'intro-juncture', 'intro-key-issues', 'p1-potential', 'p2-economy', 'p3-regional'];
const translator: Actor = { id: 'writer', role: 'translator', languages: null };
const ROOT = path.resolve(__dirname, '../..');

/** A long text in two languages, one paragraph per block, that the aligner pairs 1-1. */
function bookTexts(paragraphs: number): { en: string; zh: string } {
  const en: string[] = [];
  const zh: string[] = [];
  for (let i = 1; i <= paragraphs; i += 1) {
    en.push(`Paragraph ${i} of the long report. It has ${i % 7} remarks and ${(i * 13) % 101} figures.`);
    zh.push(`长篇报告第${i}段。其中有${i % 7}条意见和${(i * 13) % 101}个数字。`);
  }
  return { en: en.join('\n\n'), zh: zh.join('\n\n') };
}

interface Ack {
  segmentId: string;
  text: string;
  eventId: number;
  version: number;
}

/**
 * Edits translations in a loop through the app's write path until `stop()`: every answer must
 * be a success (a failure of any kind, or a throw, is counted), and every success is kept to be
 * found again afterwards.
 */
function writeLoop(db: Db) {
  const acks: Ack[] = [];
  const failures: string[] = [];
  const versions = new Map<string, number>();
  let running = true;
  const done = (async () => {
    for (let n = 0; running; n += 1) {
      const segmentId = SEGMENTS[n % SEGMENTS.length]!;
      const text = `Edit ${n} while another process imports.`;
      try {
        const result = await executeCommand(db, translator, {
          action: 'edit',
          documentId: DOC,
          segmentId,
          lang: 'zh',
          version: versions.get(segmentId) ?? 1,
          text,
        });
        if (!result.ok) failures.push(JSON.stringify(result).slice(0, 200));
        else {
          versions.set(segmentId, result.translation.version);
          acks.push({ segmentId, text, eventId: result.eventId, version: result.translation.version });
        }
      } catch (error) {
        failures.push(String(error));
      }
      // SQLite answers synchronously: let timers and the child process's events run between writes.
      await new Promise((r) => setImmediate(r));
    }
  })();
  return {
    acks,
    failures,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

async function expectAcknowledgedWritesPresent(db: Db, acks: Ack[]) {
  for (const ack of acks) {
    const event = await db
      .selectFrom('events')
      .select(['text_after', 'version'])
      .where('id', '=', ack.eventId)
      .executeTakeFirst();
    expect(event, `event ${ack.eventId}`).toEqual({ text_after: ack.text, version: ack.version });
  }
  const last = new Map(acks.map((a) => [a.segmentId, a]));
  for (const [segmentId, ack] of last) {
    const row = await db
      .selectFrom('translations')
      .select(['text', 'version'])
      .where('document_id', '=', DOC)
      .where('segment_id', '=', segmentId)
      .where('lang', '=', 'zh')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ text: ack.text, version: ack.version });
  }
}

describe('writes while the CLI imports a large document (SQLite, two processes)', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'triglot-busy-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loses and refuses no write: zero failures, every acknowledged write present', async () => {
    const dataDir = path.join(dir, 'data');
    const db = await openSqlite(dataDir);
    await authOn(db, 'sqlite');
    await seedIfEmpty(db, CONTENT_DIR);
    const texts = bookTexts(8000);
    await writeFile(path.join(dir, 'en.txt'), texts.en);
    await writeFile(path.join(dir, 'zh.txt'), texts.zh);

    const cli = spawn(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      ['cli/index.ts', 'import', '--id', 'long-report', path.join(dir, 'en.txt'), path.join(dir, 'zh.txt')],
      { cwd: ROOT, env: { ...process.env, TRIGLOT_DATA_DIR: dataDir, TRIGLOT_CONTENT_DIR: CONTENT_DIR }, stdio: 'pipe' },
    );
    let output = '';
    cli.stdout.on('data', (d) => (output += d));
    cli.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => cli.on('exit', resolve));

    // Write until the import has finished, noting how many writes landed while it was writing.
    const loop = writeLoop(db);
    let duringImport = 0;
    let sawImporting = false;
    const watcher = (async () => {
      let finished = false;
      void exited.then(() => (finished = true));
      while (!finished) {
        const row = await db.selectFrom('documents').select('importing_since').where('id', '=', 'long-report').executeTakeFirst();
        if (row?.importing_since) {
          sawImporting = true;
          const before = loop.acks.length;
          await new Promise((r) => setTimeout(r, 50));
          duringImport += loop.acks.length - before;
        } else await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const code = await exited;
    await watcher;
    await loop.stop();

    expect(code, output).toBe(0);
    expect(loop.failures).toEqual([]);
    expect(sawImporting).toBe(true);
    expect(duringImport).toBeGreaterThan(10);
    await expectAcknowledgedWritesPresent(db, loop.acks);
    // The import landed whole.
    const imported = await getReaderDocument(db, 'long-report');
    expect(imported?.segments).toHaveLength(8000);
    const check = new SQLite(sqliteFile(dataDir), { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    await db.destroy();
  }, 180_000);

  it('answers busy (503) when another process holds the write lock for longer than a request waits', async () => {
    const dataDir = path.join(dir, 'data');
    const previous = process.env.TRIGLOT_BUSY_WAIT_MS;
    process.env.TRIGLOT_BUSY_WAIT_MS = '300';
    const db = await openSqlite(dataDir);
    process.env.TRIGLOT_BUSY_WAIT_MS = previous;
    await authOn(db, 'sqlite');
    await seedIfEmpty(db, CONTENT_DIR);
    const other = new SQLite(sqliteFile(dataDir));
    other.prepare('BEGIN IMMEDIATE').run();
    const started = Date.now();
    const result = await executeCommand(db, translator, {
      action: 'edit',
      documentId: DOC,
      segmentId: 'title',
      lang: 'zh',
      version: 1,
      text: 'waits',
    });
    expect(result).toEqual({ ok: false, error: 'busy', retryAfter: expect.any(Number) });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    // Reads go on meanwhile: WAL readers do not wait for the writer.
    expect((await listDocuments(db)).map((d) => d.id)).toContain(DOC);
    other.prepare('ROLLBACK').run();
    other.close();
    // Once the lock is free the same write goes through.
    const again = await executeCommand(db, translator, {
      action: 'edit',
      documentId: DOC,
      segmentId: 'title',
      lang: 'zh',
      version: 1,
      text: 'waits',
    });
    expect(again.ok).toBe(true);
    await db.destroy();
  });
});

/** A document large enough to be written in several chunks when chunks are small. */
function smallBook(id: string, segments = 50): ContentDocument {
  const ids = Array.from({ length: segments }, (_, i) => `p${i + 1}`);
  const texts = (make: (i: number) => string) => Object.fromEntries(ids.map((s, i) => [s, make(i)]));
  return {
    id,
    sourceLang: 'en',
    languages: ['en', 'zh'],
    segments: ids.map((s) => ({ id: s, kind: 'paragraph', notes: {} })),
    texts: { en: texts((i) => `Paragraph ${i + 1}.`), zh: texts((i) => `第${i + 1}段。`) },
  };
}

describe.each(DIALECTS)('chunked imports on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  it('keep the document hidden until the last chunk, then show it whole', async () => {
    const { db } = database();
    let seenHidden = false;
    const importing = importContentDocument(db, smallBook('chunked'), { actor: null, chunkRows: 20, yieldMs: 5 });
    for (let i = 0; i < 200 && !seenHidden; i += 1) {
      const row = await db.selectFrom('documents').select('importing_since').where('id', '=', 'chunked').executeTakeFirst();
      if (row?.importing_since) {
        seenHidden = true;
        expect(await getReaderDocument(db, 'chunked')).toBeUndefined();
        expect((await listDocuments(db)).map((d) => d.id)).not.toContain('chunked');
        const write = await executeCommand(db, translator, {
          action: 'edit',
          documentId: 'chunked',
          segmentId: 'p1',
          lang: 'zh',
          version: 1,
          text: 'too early',
        });
        expect(write).toMatchObject({ ok: false, error: 'not-found' });
      }
      await new Promise((r) => setTimeout(r, 2));
    }
    await importing;
    expect(seenHidden).toBe(true);
    const doc = await getReaderDocument(db, 'chunked');
    expect(doc?.segments).toHaveLength(50);
    const events = await db.selectFrom('events').select('id').where('document_id', '=', 'chunked').execute();
    expect(events).toHaveLength(100);
  });

  it('remove a failed import whole, its events included, and let the id be used again', async () => {
    const { db } = database();
    const broken = smallBook('half-done');
    // A segment note for a language the document lacks is fine; a duplicate segment id fails half-way.
    broken.segments.push({ id: 'p1', kind: 'paragraph', notes: {} });
    await expect(importContentDocument(db, broken, { actor: null, chunkRows: 20, yieldMs: 0 })).rejects.toThrow();
    expect(await db.selectFrom('documents').select('id').where('id', '=', 'half-done').executeTakeFirst()).toBeUndefined();
    expect(await db.selectFrom('events').select('id').where('document_id', '=', 'half-done').execute()).toEqual([]);
    expect(await db.selectFrom('sentence_links').select('lang').where('document_id', '=', 'half-done').execute()).toEqual([]);
    await importContentDocument(db, smallBook('half-done'), { actor: null, chunkRows: 20, yieldMs: 0 });
    expect((await getReaderDocument(db, 'half-done'))?.segments).toHaveLength(50);
  });

  it('keep the events of a visible document append-only', async () => {
    const { db } = database();
    await importContentDocument(db, smallBook('visible'), { actor: null, chunkRows: 20, yieldMs: 0 });
    await expect(db.deleteFrom('events').where('document_id', '=', 'visible').execute()).rejects.toThrow(/append-only/);
  });
});

describe('triglot backup while the app writes (SQLite)', () => {
  it('copies one consistent moment: integrity ok, every event of the copy has its state', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'triglot-backup-'));
    const dataDir = path.join(dir, 'data');
    const previous = process.env.TRIGLOT_DATA_DIR;
    try {
      const db = await openSqlite(dataDir);
      await authOn(db, 'sqlite');
      await seedIfEmpty(db, CONTENT_DIR);
      const loop = writeLoop(db);
      await new Promise((r) => setTimeout(r, 300));
      process.env.TRIGLOT_DATA_DIR = dataDir;
      const { run } = await import('@/cli/index');
      const out: string[] = [];
      const target = path.join(dir, 'copy.db');
      const code = await run(['backup', target], { stdout: (t) => out.push(t), stderr: (t) => out.push(t) });
      await new Promise((r) => setTimeout(r, 200));
      await loop.stop();
      expect(code, out.join('')).toBe(0);
      expect(loop.failures).toEqual([]);
      expect(loop.acks.length).toBeGreaterThan(10);
      const copy = new SQLite(target, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      // Each translation in the copy is its latest event's: state and history from one moment.
      const rows = copy
        .prepare(
          `SELECT t.segment_id, t.version, t.text,
             (SELECT max(e.version) FROM events e WHERE e.document_id = t.document_id AND e.segment_id = t.segment_id AND e.lang = t.lang) AS last,
             (SELECT e.text_after FROM events e WHERE e.document_id = t.document_id AND e.segment_id = t.segment_id AND e.lang = t.lang ORDER BY e.id DESC LIMIT 1) AS last_text
           FROM translations t WHERE t.lang = 'zh'`,
        )
        .all() as { version: number; last: number; text: string; last_text: string }[];
      for (const row of rows) expect([row.last, row.last_text]).toEqual([row.version, row.text]);
      copy.close();
      await db.destroy();
    } finally {
      if (previous === undefined) delete process.env.TRIGLOT_DATA_DIR;
      else process.env.TRIGLOT_DATA_DIR = previous;
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
