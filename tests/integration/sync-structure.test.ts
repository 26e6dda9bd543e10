import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runSync } from '@/cli/exchange';
import type { Actor } from '@/lib/review';
import { readConfig } from '@/server/config';
import { seedIfEmpty } from '@/server/content/seed';
import { syncOnStart } from '@/server/exchange/start';
import { getReaderDocument } from '@/server/queries/documents';
import { listEvents } from '@/server/queries/events';
import { cachedReaderPath } from '@/server/queries/reader';
import { executeCommand } from '@/server/translations';
import { openPostgres } from '@/server/db/postgres';
import { createUser } from '@/server/users';
import { contentCopy, DIALECTS, eventCount, type TempDatabase, useTempDatabase } from './helpers';

const DOC = 'sino-russian-cooperation';
const LANGS = ['en', 'zh', 'ru'] as const;
const NEW = 'added-in-file';

interface DocumentJson {
  segments: { id: string; kind: string; notes: Record<string, string> }[];
}

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** The document's folder in a copy of content/, read and rewritten as a person editing the files would. */
async function contentFiles() {
  const root = await contentCopy();
  temps.push(path.dirname(root));
  const dir = path.join(root, DOC);
  const read = async () => ({
    doc: JSON.parse(await readFile(path.join(dir, 'document.json'), 'utf8')) as DocumentJson,
    texts: Object.fromEntries(
      await Promise.all(
        LANGS.map(async (l) => [l, JSON.parse(await readFile(path.join(dir, `${l}.json`), 'utf8')) as Record<string, string>]),
      ),
    ) as Record<(typeof LANGS)[number], Record<string, string>>,
  });
  const edit = async (change: (files: Awaited<ReturnType<typeof read>>) => void) => {
    const files = await read();
    change(files);
    await writeFile(path.join(dir, 'document.json'), `${JSON.stringify(files.doc, null, 2)}\n`);
    for (const l of LANGS) await writeFile(path.join(dir, `${l}.json`), `${JSON.stringify(files.texts[l], null, 2)}\n`);
  };
  return { root, read, edit };
}

function output() {
  const out: string[] = [];
  return { io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void out.push(s) }, text: () => out.join('') };
}

const order = async (db: TempDatabase['db']) =>
  (await db.selectFrom('segments').select('id').where('document_id', '=', DOC).orderBy('position').execute()).map((s) => s.id);
const actions = async (db: TempDatabase['db'], segmentId: string, lang: string) =>
  (await listEvents(db, DOC, segmentId, lang as 'en')).map((e) => e.action);

describe.each(DIALECTS)('sync of segments and notes on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  async function setUp() {
    const { db, auth } = database();
    const files = await contentFiles();
    await seedIfEmpty(db, files.root);
    const make = async (role: 'admin' | 'reviewer' | 'translator', languages: Actor['languages'] = null) => {
      const u = await createUser(auth, {
        email: `${role}${languages ? `-${languages.join('-')}` : ''}@example.test`,
        name: role,
        password: 'sync-structure-pw',
        role,
        languages,
      });
      return { id: u.id, role: u.role, languages, email: u.email };
    };
    const ctx = { db, contentDir: files.root };
    const sync = async (...args: string[]) => {
      const o = output();
      const code = await runSync(args, o.io, ctx);
      return { code, out: o.text() };
    };
    return {
      db,
      files,
      sync,
      admin: await make('admin'),
      reviewer: await make('reviewer'),
      translator: await make('translator'),
      russianTranslator: await make('translator', ['ru']),
    };
  }

  it('added, removed and moved segments: a dry run counts them, sync applies them with events, the reader shows them next request', async () => {
    const { db, files, sync, admin } = await setUp();
    const before = await order(db);
    const [removed, moved, retyped] = [before[3] as string, before[5] as string, before[7] as string];
    const removedTexts = (await files.read()).texts;
    await files.edit(({ doc, texts }) => {
      const segments = doc.segments.filter((s) => s.id !== removed && s.id !== moved);
      segments.push(doc.segments.find((s) => s.id === moved) as DocumentJson['segments'][number]);
      segments.splice(2, 0, { id: NEW, kind: 'paragraph', notes: { zh: '新增的注释。' } });
      const kind = segments.find((s) => s.id === retyped);
      if (kind) kind.kind = kind.kind === 'heading' ? 'paragraph' : 'heading';
      doc.segments = segments;
      texts.en[NEW] = 'A paragraph written in the files.';
      texts.zh[NEW] = '在文件里写的一段。';
      for (const l of LANGS) delete texts[l][removed];
    });
    const wanted = (await files.read()).doc.segments.map((s) => s.id);

    const events = await eventCount(db);
    const dry = await sync('--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(
      /^sino-russian-cooperation: 2 added, 0 changed, \d+ unchanged, 0 conflicting; segments: 1 added, 1 removed, 1 moved, 1 changed in kind; notes: 0 changed\nDry run: nothing written.\n$/,
    );
    expect(await order(db)).toEqual(before);
    expect(await eventCount(db)).toBe(events);

    const pathBefore = (await cachedReaderPath(db, 'en', DOC, new URLSearchParams({ cols: 'en,zh,ru' })))?.path;
    const applied = await sync('--as', admin.email);
    expect(applied.code).toBe(0);
    expect(applied.out).toContain('segments: 1 added, 1 removed, 1 moved, 1 changed in kind');
    expect(await order(db)).toEqual(wanted);

    // One event per change: two texts added, three removed (every language had one), one move, one kind.
    expect(await eventCount(db)).toBe(events + 2 + 3 + 1 + 1);
    expect(await actions(db, NEW, 'zh')).toEqual(['segment-add']);
    expect(await actions(db, NEW, 'ru')).toEqual([]);
    expect(await actions(db, moved, 'en')).toEqual(['segment-move', 'import']);
    expect(await actions(db, retyped, 'en')).toEqual(['segment-kind', 'import']);
    // The removed segment's history stays, its last entry the text it had.
    const gone = await listEvents(db, DOC, removed, 'ru');
    expect(gone.map((e) => [e.action, e.textBefore, e.statusAfter])).toEqual([
      ['segment-remove', removedTexts.ru[removed], 'missing'],
      ['import', null, 'draft'],
    ]);
    expect(gone[0]?.version).toBe(2);

    // The very next anonymous request gets a new page, and the page shows the new order and text.
    const pathAfter = (await cachedReaderPath(db, 'en', DOC, new URLSearchParams({ cols: 'en,zh,ru' })))?.path;
    expect(pathAfter).not.toBe(pathBefore);
    const reader = await getReaderDocument(db, DOC);
    expect(reader?.segments.map((s) => s.id)).toEqual(wanted);
    const kinds = new Map((await files.read()).doc.segments.map((s) => [s.id, s.kind]));
    expect(reader?.segments.find((s) => s.id === retyped)?.kind).toBe(kinds.get(retyped));
    const added = reader?.segments.find((s) => s.id === NEW);
    expect(added?.cells.zh).toMatchObject({ text: '在文件里写的一段。', status: 'draft' });
    expect(added?.cells.ru).toMatchObject({ status: 'missing' });

    // The files and the database now agree.
    const again = await sync('--dry-run');
    expect(again.out).toMatch(
      / 0 added, 0 changed, \d+ unchanged, 0 conflicting; segments: 0 added, 0 removed, 0 moved, 0 changed in kind; notes: 0 changed\n/,
    );
  });

  it('a removed segment with a checked translation is a conflict: kept until --prefer file removes it', async () => {
    const { db, files, sync, admin, reviewer } = await setUp();
    const segment = (await order(db))[2] as string;
    const check = await executeCommand(db, reviewer, {
      action: 'check',
      documentId: DOC,
      segmentId: segment,
      lang: 'zh',
      version: 1,
    });
    expect(check.ok).toBe(true);
    await files.edit(({ doc, texts }) => {
      doc.segments = doc.segments.filter((s) => s.id !== segment);
      for (const l of LANGS) delete texts[l][segment];
    });

    const dry = await sync('--dry-run');
    expect(dry.out).toContain(`segments: 0 added, 0 removed, 0 moved`);
    expect(dry.out).toContain(
      `  conflicting ${segment} [zh]: the segment was removed from the files but this translation is checked; skipped (--prefer file|db to choose)\n`,
    );
    expect((await sync('--as', admin.email)).code).toBe(0);
    expect(await order(db)).toContain(segment);

    const keep = await sync('--as', admin.email, '--prefer', 'db');
    expect(keep.out).toContain(' 0 conflicting;');
    expect(keep.out).not.toContain('  conflicting');
    expect(await order(db)).toContain(segment);

    const remove = await sync('--as', admin.email, '--prefer', 'file');
    expect(remove.out).toContain('segments: 0 added, 1 removed, 0 moved, 0 changed in kind');
    expect(await order(db)).not.toContain(segment);
    expect(await actions(db, segment, 'zh')).toEqual(['segment-remove', 'check', 'import']);
  });

  it('notes changed in the files apply with an event; changed on both sides they are a conflict', async () => {
    const { db, files, sync, admin, russianTranslator } = await setUp();
    const note = (segmentId: string, lang: string) =>
      db
        .selectFrom('segment_notes')
        .select('note')
        .where('document_id', '=', DOC)
        .where('segment_id', '=', segmentId)
        .where('lang', '=', lang)
        .executeTakeFirst();
    await files.edit(({ doc }) => {
      const conference = doc.segments.find((s) => s.id === 'intro-conference');
      const juncture = doc.segments.find((s) => s.id === 'intro-juncture');
      if (!conference || !juncture) throw new Error('seed segments moved');
      conference.notes.zh = '文件里改过的注释。';
      delete juncture.notes.ru;
      juncture.notes.zh = 'Новое примечание? Нет: 新的注释。';
    });
    // Meanwhile the database changed the Russian note of intro-conference, and so did the files.
    await db
      .updateTable('segment_notes')
      .set({ note: 'Изменено в базе.' })
      .where('document_id', '=', DOC)
      .where('segment_id', '=', 'intro-conference')
      .where('lang', '=', 'ru')
      .execute();
    await files.edit(({ doc }) => {
      const conference = doc.segments.find((s) => s.id === 'intro-conference');
      if (conference) conference.notes.ru = 'Изменено в файлах.';
    });

    const dry = await sync('--dry-run');
    expect(dry.out).toMatch(/; notes: 3 changed\n/);
    expect(dry.out).toContain(
      '  conflicting the note of intro-conference [ru]: changed in the file and in the database; skipped (--prefer file|db to choose)\n',
    );
    const events = await eventCount(db);
    // A note is a translator's to write, in their languages only: one Chinese note stops them all.
    const refused = await sync('--as', russianTranslator.email);
    expect(refused.out).toContain('  not synced: nothing applied: refused (forbidden-language)\n');
    expect(await eventCount(db)).toBe(events);
    expect((await sync('--as', admin.email)).code).toBe(0);
    expect(await eventCount(db)).toBe(events + 3);
    expect(await note('intro-conference', 'zh')).toEqual({ note: '文件里改过的注释。' });
    expect(await note('intro-juncture', 'ru')).toBeUndefined();
    expect(await note('intro-juncture', 'zh')).toEqual({ note: 'Новое примечание? Нет: 新的注释。' });
    expect(await note('intro-conference', 'ru')).toEqual({ note: 'Изменено в базе.' });
    const history = await listEvents(db, DOC, 'intro-conference', 'zh');
    expect(history[0]).toMatchObject({ action: 'note', version: 1, textBefore: history[0]?.textAfter });
    const reader = await getReaderDocument(db, DOC);
    const juncture = reader?.segments.find((s) => s.id === 'intro-juncture');
    expect(juncture?.cells.ru).not.toHaveProperty('note');
    expect(juncture?.cells.zh).toMatchObject({ note: 'Новое примечание? Нет: 新的注释。' });

    const chosen = await sync('--as', admin.email, '--prefer', 'file');
    expect(chosen.out).toMatch(/; notes: 1 changed\n/);
    expect(await note('intro-conference', 'ru')).toEqual({ note: 'Изменено в файлах.' });
    expect((await sync('--dry-run')).out).toMatch(
      /0 conflicting; segments: 0 added, 0 removed, 0 moved, 0 changed in kind; notes: 0 changed\n/,
    );
  });

  it('structure needs an admin; a removed id is not given to a new segment', async () => {
    const { db, files, sync, admin, translator } = await setUp();
    const segment = (await order(db))[4] as string;
    const texts = (await files.read()).texts;
    const kept = (await files.read()).doc.segments.find((s) => s.id === segment);
    await files.edit(({ doc, texts: now }) => {
      doc.segments = doc.segments.filter((s) => s.id !== segment);
      for (const l of LANGS) delete now[l][segment];
    });
    const events = await eventCount(db);
    const refused = await sync('--as', translator.email);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('  not synced: nothing applied: refused (source-only-admin)\n');
    expect(await eventCount(db)).toBe(events);

    expect((await sync('--as', admin.email)).code).toBe(0);
    // The same id comes back in the files: its history (import, segment-remove) keeps it.
    await files.edit(({ doc, texts: now }) => {
      if (kept) doc.segments.splice(4, 0, kept);
      for (const l of LANGS) if (texts[l][segment] !== undefined) now[l][segment] = texts[l][segment] as string;
    });
    const back = await sync('--as', admin.email);
    expect(back.code).toBe(1);
    expect(back.out).toContain(`  not synced: segment ${segment} was removed before and its history keeps the id`);
    expect(await order(db)).not.toContain(segment);
  });

  it('sync at start (TRIGLOT_SYNC_ON_START=1) applies the files as the system and logs conflicts', async () => {
    const { db, files, translator } = await setUp();
    const segment = (await order(db))[1] as string;
    const version = (
      await db
        .selectFrom('translations')
        .select('version')
        .where('document_id', '=', DOC)
        .where('segment_id', '=', 'intro-juncture')
        .where('lang', '=', 'ru')
        .executeTakeFirstOrThrow()
    ).version;
    await executeCommand(db, translator, {
      action: 'edit',
      documentId: DOC,
      segmentId: 'intro-juncture',
      lang: 'ru',
      version,
      text: 'Правка в базе.',
    });
    await files.edit(({ doc, texts }) => {
      doc.segments = doc.segments.filter((s) => s.id !== segment);
      for (const l of LANGS) delete texts[l][segment];
      texts.ru['intro-juncture'] = 'Правка в файлах.';
    });
    const logged: string[] = [];
    const log = { info: (m: string) => void logged.push(`info ${m}`), warn: (m: string) => void logged.push(`warn ${m}`) };
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'test',
      TRIGLOT_CONTENT_DIR: files.root,
      ...(dialect === 'postgres' ? { DATABASE_URL: database().location } : {}),
    };

    expect(await syncOnStart(db, readConfig(env), log)).toEqual([]);
    expect(await order(db)).toContain(segment);
    expect(() => readConfig({ ...env, TRIGLOT_SYNC_ON_START: 'yes' })).toThrow(/TRIGLOT_SYNC_ON_START: must be 1/);

    const [result] = await syncOnStart(db, readConfig({ ...env, TRIGLOT_SYNC_ON_START: '1' }), log);
    expect(result?.segments.removed).toBe(1);
    expect(await order(db)).not.toContain(segment);
    expect(logged).toEqual([
      expect.stringMatching(
        /^warn triglot: sync at start: sino-russian-cooperation: .*segments: 0 added, 1 removed, 0 moved.*\n {2}conflicting intro-juncture \[ru\]: changed in the file and in the database; skipped/,
      ),
    ]);
    const [removal] = await listEvents(db, DOC, segment, 'en');
    expect(removal).toMatchObject({ action: 'segment-remove', actor: null });
    expect(
      (
        await db
          .selectFrom('translations')
          .select('text')
          .where('document_id', '=', DOC)
          .where('segment_id', '=', 'intro-juncture')
          .where('lang', '=', 'ru')
          .executeTakeFirstOrThrow()
      ).text,
    ).toBe('Правка в базе.');
  });
});

describe('sync at start on PostgreSQL', () => {
  const database = useTempDatabase('postgres');

  it('two servers starting at once sync one after the other', async () => {
    const { db } = database();
    const files = await contentFiles();
    await seedIfEmpty(db, files.root);
    const segment = (await order(db))[1] as string;
    await files.edit(({ doc, texts }) => {
      doc.segments = doc.segments.filter((s) => s.id !== segment);
      for (const l of LANGS) delete texts[l][segment];
      texts.zh.title = '文件里改过的标题。';
    });
    const other = await openPostgres(database().location);
    try {
      const config = readConfig({
        NODE_ENV: 'test',
        TRIGLOT_CONTENT_DIR: files.root,
        TRIGLOT_SYNC_ON_START: '1',
        DATABASE_URL: database().location,
      });
      const quiet = { info: () => undefined, warn: () => undefined };
      const events = await eventCount(db);
      const [first, second] = await Promise.all([syncOnStart(db, config, quiet), syncOnStart(other, config, quiet)]);
      const results = [first?.[0], second?.[0]];
      // One applied the change, the other found the files and the database agreeing: no conflict, no problem, no double.
      expect(results.map((r) => r?.segments.removed).sort()).toEqual([0, 1]);
      expect(results.map((r) => r?.changed).sort()).toEqual([0, 1]);
      expect(results.flatMap((r) => [...(r?.problems ?? []), ...(r?.conflicting ?? [])])).toEqual([]);
      expect(await eventCount(db)).toBe(events + 3 + 1);
    } finally {
      await other.destroy();
    }
  });
});
