import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/load';
import { openSqlite } from '@/server/db/connect';
import { openPostgres } from '@/server/db/postgres';
import { seedIfEmpty } from '@/server/content/seed';
import { CONTENT_DIR, contentCopy, DIALECTS, tempDatabase } from './helpers';

describe.each(DIALECTS)('first start on an empty %s database', (dialect) => {
  let ctx: Awaited<ReturnType<typeof tempDatabase>>;
  beforeEach(async () => {
    ctx = await tempDatabase(dialect);
  });
  afterEach(async () => {
    await ctx.close();
  });

  it('imports the seed article: English as source, Chinese and Russian as draft, one event per text', async () => {
    const result = await seedIfEmpty(ctx.db, CONTENT_DIR);
    expect(result.imported).toEqual(['sino-russian-cooperation']);

    const segments = await ctx.db.selectFrom('segments').selectAll().orderBy('position').execute();
    expect(segments).toHaveLength(15);
    expect(segments[0]).toMatchObject({ id: 'title', kind: 'title', position: 0 });

    const byLang = await ctx.db
      .selectFrom('translations')
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
    const zhTitle = await ctx.db
      .selectFrom('translations')
      .select('text')
      .where('segment_id', '=', 'title')
      .where('lang', '=', 'zh')
      .executeTakeFirstOrThrow();
    expect(zhTitle.text).toBe(zhFile.title);

    const events = await ctx.db.selectFrom('events').selectAll().execute();
    expect(events).toHaveLength(45);
    expect(new Set(events.map((e) => `${e.action}:${e.status_before}->${e.status_after}`))).toEqual(new Set(['import:missing->draft']));
  });

  it('does nothing on the next start: the database is the live store', async () => {
    await seedIfEmpty(ctx.db, CONTENT_DIR);
    await ctx.db.updateTable('translations').set({ text: 'Edited in the app' }).where('segment_id', '=', 'title').where('lang', '=', 'ru').execute();
    expect((await seedIfEmpty(ctx.db, CONTENT_DIR)).imported).toEqual([]);
    const ru = await ctx.db.selectFrom('translations').select('text').where('segment_id', '=', 'title').where('lang', '=', 'ru').executeTakeFirstOrThrow();
    expect(ru.text).toBe('Edited in the app');
  });

  it('reopens an existing database without re-running migrations', async () => {
    await seedIfEmpty(ctx.db, CONTENT_DIR);
    const again = dialect === 'sqlite' ? await openSqlite(ctx.location) : await openPostgres(ctx.location);
    const n = await again.selectFrom('segments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(15);
    await again.destroy();
  });

  it('imports nothing when a content file is broken, and names the file and segment', async () => {
    const content = await contentCopy();
    const ruFile = path.join(content, 'sino-russian-cooperation/ru.json');
    const ru = JSON.parse(await readFile(ruFile, 'utf8'));
    ru['no-such-segment'] = 'Лишний абзац.';
    await writeFile(ruFile, JSON.stringify(ru));

    const error = await seedIfEmpty(ctx.db, content).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toContain('content/sino-russian-cooperation/ru.json: segment "no-such-segment": not a segment of document.json');
    const docs = await ctx.db.selectFrom('documents').select('id').execute();
    expect(docs).toEqual([]);
  });

  it('keeps events append-only: the database refuses UPDATE and DELETE', async () => {
    await seedIfEmpty(ctx.db, CONTENT_DIR);
    await expect(ctx.db.updateTable('events').set({ text_after: 'rewritten' }).execute()).rejects.toThrow(/append-only/);
    await expect(ctx.db.deleteFrom('events').execute()).rejects.toThrow(/append-only/);
    const n = await ctx.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(45);
  });

  it('refuses TRUNCATE of the history as well', async () => {
    await seedIfEmpty(ctx.db, CONTENT_DIR);
    const truncate = dialect === 'postgres' ? sql`TRUNCATE events` : sql`DELETE FROM events`;
    await expect(truncate.execute(ctx.db)).rejects.toThrow(/append-only/);
  });
});

describe('SQLite specifics', () => {
  it('uses WAL mode', async () => {
    const ctx = await tempDatabase('sqlite');
    const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(ctx.db);
    expect(rows[0]?.journal_mode).toBe('wal');
    await ctx.close();
  });
});
