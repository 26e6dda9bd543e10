import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/load';
import { openSqlite } from '@/server/db/connect';
import { openPostgres } from '@/server/db/postgres';
import { seedIfEmpty } from '@/server/content/seed';
import { CONTENT_DIR, contentCopy, DIALECTS, useTempDatabase } from './helpers';

describe.each(DIALECTS)('first start on an empty %s database', (dialect) => {
  const database = useTempDatabase(dialect);

  it('imports the seed article: English as source, Chinese and Russian as draft, one event per text', async () => {
    const result = await seedIfEmpty(database().db, CONTENT_DIR);
    expect(result.imported).toEqual(['sino-russian-cooperation']);

    const segments = await database().db.selectFrom('segments').selectAll().orderBy('position').execute();
    expect(segments).toHaveLength(15);
    expect(segments[0]).toMatchObject({ id: 'title', kind: 'title', position: 0 });

    const byLang = await database()
      .db.selectFrom('translations')
      .select(['lang', 'status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['lang', 'status'])
      .orderBy('lang')
      .execute();
    expect(byLang.map((r) => [r.lang, r.status, Number(r.n)])).toEqual([
      ['en', 'draft', 15],
      ['ru', 'draft', 15],
      ['zh', 'draft', 15],
    ]);

    const zhFile = JSON.parse(await readFile(path.join(CONTENT_DIR, 'sino-russian-cooperation/zh.json'), 'utf8'));
    const zhTitle = await database()
      .db.selectFrom('translations')
      .select('text')
      .where('segment_id', '=', 'title')
      .where('lang', '=', 'zh')
      .executeTakeFirstOrThrow();
    expect(zhTitle.text).toBe(zhFile.title);

    const events = await database().db.selectFrom('events').selectAll().execute();
    expect(events).toHaveLength(45);
    expect(new Set(events.map((e) => `${e.action}:${e.status_before}->${e.status_after}`))).toEqual(
      new Set(['import:missing->draft']),
    );
  });

  it('does nothing on the next start: the database is the live store', async () => {
    await seedIfEmpty(database().db, CONTENT_DIR);
    await database()
      .db.updateTable('translations')
      .set({ text: 'Edited in the app' })
      .where('segment_id', '=', 'title')
      .where('lang', '=', 'ru')
      .execute();
    expect((await seedIfEmpty(database().db, CONTENT_DIR)).imported).toEqual([]);
    const ru = await database()
      .db.selectFrom('translations')
      .select('text')
      .where('segment_id', '=', 'title')
      .where('lang', '=', 'ru')
      .executeTakeFirstOrThrow();
    expect(ru.text).toBe('Edited in the app');
  });

  it('reopens an existing database without re-running migrations', async () => {
    await seedIfEmpty(database().db, CONTENT_DIR);
    const again = dialect === 'sqlite' ? await openSqlite(database().location) : await openPostgres(database().location);
    const n = await again
      .selectFrom('segments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(15);
    await again.destroy();
  });

  it('imports nothing when a content file is broken, and names the file and segment', async () => {
    const content = await contentCopy();
    const ruFile = path.join(content, 'sino-russian-cooperation/ru.json');
    const ru = JSON.parse(await readFile(ruFile, 'utf8'));
    ru['no-such-segment'] = 'Лишний абзац.';
    await writeFile(ruFile, JSON.stringify(ru));

    const error = await seedIfEmpty(database().db, content).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toContain(
      'content/sino-russian-cooperation/ru.json: segment "no-such-segment": not a segment of document.json',
    );
    const docs = await database().db.selectFrom('documents').select('id').execute();
    expect(docs).toEqual([]);
  });

  it('keeps events append-only: the database refuses UPDATE and DELETE', async () => {
    await seedIfEmpty(database().db, CONTENT_DIR);
    await expect(database().db.updateTable('events').set({ text_after: 'rewritten' }).execute()).rejects.toThrow(/append-only/);
    await expect(database().db.deleteFrom('events').execute()).rejects.toThrow(/append-only/);
    const n = await database()
      .db.selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(45);
  });

  it('refuses TRUNCATE of the history as well', async () => {
    await seedIfEmpty(database().db, CONTENT_DIR);
    const truncate = dialect === 'postgres' ? sql`TRUNCATE events` : sql`DELETE FROM events`;
    await expect(truncate.execute(database().db)).rejects.toThrow(/append-only/);
  });
});

describe('SQLite specifics', () => {
  const database = useTempDatabase('sqlite');
  it('uses WAL mode', async () => {
    const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(database().db);
    expect(rows[0]?.journal_mode).toBe('wal');
  });
});
