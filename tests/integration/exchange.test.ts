import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runExport, runImportFile, runSync } from '@/cli/exchange';
import type { Lang } from '@/lib/languages';
import type { Role } from '@/lib/review';
import { seedIfEmpty } from '@/server/content/seed';
import { seedGlossaryOnce } from '@/server/glossary/seed';
import { executeCommand } from '@/server/translations';
import { createUser } from '@/server/users';
import { CONTENT_DIR, contentCopy, DIALECTS, tempDatabase, type TempDatabase, useTempDatabase, eventCount } from './helpers';

const DOC = 'sino-russian-cooperation';
const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'triglot-exchange-'));
  temps.push(dir);
  return dir;
}

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

async function user(database: TempDatabase, key: string, role: Role, languages: Lang[] | null = null) {
  const u = await createUser(database.auth, {
    email: `${key}@example.test`,
    name: key,
    password: 'correct horse battery',
    role,
    languages,
  });
  return { id: u.id, role: u.role, languages: u.languages, email: u.email };
}

async function files(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')] as const)));
}

async function translation(db: TempDatabase['db'], segmentId: string, lang: string) {
  return db
    .selectFrom('translations')
    .select(['text', 'status', 'version', 'source_hash', 'updated_by'])
    .where('document_id', '=', DOC)
    .where('segment_id', '=', segmentId)
    .where('lang', '=', lang)
    .executeTakeFirstOrThrow();
}

async function exportFile(db: TempDatabase['db'], args: string[]): Promise<string> {
  const h = io();
  expect(await runExport(args, h.io, { db, contentDir: CONTENT_DIR })).toBe(0);
  return h.out();
}

describe.each(DIALECTS)('content in and out on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  it('export writes the seed back byte for byte, glossary included, and an unchanged document touches no file', async () => {
    const { db } = database();
    await seedIfEmpty(db, CONTENT_DIR);
    await seedGlossaryOnce(db, CONTENT_DIR);
    const out = await tempDir();
    const first = io();
    expect(await runExport(['--to', out], first.io, { db, contentDir: CONTENT_DIR })).toBe(0);
    expect(first.out()).toBe(`${DOC}: wrote document.json, en.json, zh.json, ru.json, review.json, glossary.tbx\n`);
    const exported = await files(path.join(out, DOC));
    const original = await files(path.join(CONTENT_DIR, DOC));
    for (const name of Object.keys(original)) expect(exported[name], name).toBe(original[name]);
    expect(exported['review.json']).toBe('{\n  "zh": {},\n  "ru": {}\n}\n');
    const again = io();
    await runExport(['--to', out, DOC], again.io, { db, contentDir: CONTENT_DIR });
    expect(again.out()).toBe(`${DOC}: unchanged\n`);
  });

  it('a fresh database imported from the export restores texts, notes and statuses exactly', async () => {
    const { db } = database();
    await seedIfEmpty(db, CONTENT_DIR);
    const reviewer = await user(database(), 'reviewer', 'reviewer');
    const admin = await user(database(), 'admin', 'admin');
    const zhTitle = await translation(db, 'title', 'zh');
    expect(
      (
        await executeCommand(db, reviewer, {
          action: 'check',
          documentId: DOC,
          segmentId: 'title',
          lang: 'zh',
          version: zhTitle.version,
        })
      ).ok,
    ).toBe(true);
    const ruTitle = await translation(db, 'title', 'ru');
    const rejected = await executeCommand(db, reviewer, {
      action: 'reject',
      documentId: DOC,
      segmentId: 'title',
      lang: 'ru',
      version: ruTitle.version,
      comment: 'Keep «» quotes.',
    });
    expect(rejected.ok).toBe(true);
    const zhIntro = await translation(db, 'intro-conference', 'zh');
    await executeCommand(db, reviewer, {
      action: 'check',
      documentId: DOC,
      segmentId: 'intro-conference',
      lang: 'zh',
      version: zhIntro.version,
    });
    const source = await translation(db, 'intro-conference', 'en');
    const edited = await executeCommand(db, admin, {
      action: 'editSource',
      documentId: DOC,
      segmentId: 'intro-conference',
      lang: 'en',
      version: source.version,
      text: `${source.text} (Revised.)`,
      change: 'meaning',
    });
    expect(edited.ok).toBe(true);

    const out = await tempDir();
    await exportFile(db, ['--to', out]);
    const review = await readFile(path.join(out, DOC, 'review.json'), 'utf8');
    expect(review).toContain('"title": {"status":"checked","by":"reviewer@example.test"}');
    expect(review).toContain('"title": {"status":"rejected","by":"reviewer@example.test","comment":"Keep «» quotes."}');
    expect(review).toMatch(/"intro-conference": \{"status":"checked","by":"reviewer@example.test","sourceHash":"[0-9a-f]{64}"\}/);

    const fresh = await tempDatabase(dialect);
    try {
      await seedIfEmpty(fresh.db, out);
      expect(await translation(fresh.db, 'title', 'zh')).toMatchObject({ status: 'checked', text: zhTitle.text });
      expect(await translation(fresh.db, 'title', 'ru')).toMatchObject({ status: 'rejected' });
      const restored = await translation(fresh.db, 'intro-conference', 'zh');
      expect(restored.status).toBe('checked');
      expect(restored.source_hash).not.toBe((await translation(fresh.db, 'intro-conference', 'en')).source_hash);
      const again = await tempDir();
      await exportFile(fresh.db, ['--to', again]);
      expect(await files(path.join(again, DOC))).toEqual(await files(path.join(out, DOC)));
    } finally {
      await fresh.close();
    }
  });

  it.each([
    ['xliff', ['--lang', 'zh'], 'xlf'],
    ['tmx', ['--all'], 'tmx'],
    ['i18next', ['--lang', 'ru'], 'json'],
    ['tsv', [], 'tsv'],
    ['txt', [], 'txt'],
  ])('%s: export, import, export again is byte-identical and writes nothing', async (format, extra, ext) => {
    const { db } = database();
    await seedIfEmpty(db, CONTENT_DIR);
    const translator = await user(database(), 'translator', 'translator');
    const exported = await exportFile(db, ['--format', format, ...extra, DOC]);
    const file = path.join(await tempDir(), format === 'i18next' ? 'ru.json' : `export.${ext}`);
    await writeFile(file, exported);
    const events = await eventCount(db);
    const h = io();
    expect(await runImportFile(['--as', translator.email, DOC, file], h.io, { db, contentDir: CONTENT_DIR })).toBe(0);
    expect(h.out()).toMatch(
      new RegExp(`^${DOC}: 0 added, 0 changed, \\d+ unchanged, 0 conflicting\\nWrote 0 translations as drafts.\\n$`),
    );
    expect(await eventCount(db)).toBe(events);
    expect(await exportFile(db, ['--format', format, ...extra, DOC])).toBe(exported);
  });

  it('XLIFF import: dry run counts, then one transaction with one event per change; checked unchanged texts stay checked', async () => {
    const { db } = database();
    await seedIfEmpty(db, CONTENT_DIR);
    const reviewer = await user(database(), 'reviewer', 'reviewer');
    const translator = await user(database(), 'translator', 'translator');
    const title = await translation(db, 'title', 'zh');
    await executeCommand(db, reviewer, {
      action: 'check',
      documentId: DOC,
      segmentId: 'title',
      lang: 'zh',
      version: title.version,
    });
    const xliff = await exportFile(db, ['--format', 'xliff', '--lang', 'zh', DOC]);
    const intro = await translation(db, 'intro-conference', 'zh');
    const file = path.join(await tempDir(), 'zh.xlf');
    await writeFile(file, xliff.replace(`<target>${intro.text}</target>`, '<target>修改后的译文。</target>'));

    const dry = io();
    expect(await runImportFile(['--dry-run', DOC, file], dry.io, { db, contentDir: CONTENT_DIR })).toBe(0);
    expect(dry.out()).toMatch(
      /^sino-russian-cooperation: 0 added, 1 changed, \d+ unchanged, 0 conflicting\n {2}changed {5}intro-conference \[zh\]\nDry run: nothing written.\n$/,
    );
    expect((await translation(db, 'intro-conference', 'zh')).text).toBe(intro.text);

    const events = await eventCount(db);
    const h = io();
    expect(await runImportFile(['--as', translator.email, DOC, file], h.io, { db, contentDir: CONTENT_DIR })).toBe(0);
    expect(await eventCount(db)).toBe(events + 1);
    expect(await translation(db, 'intro-conference', 'zh')).toMatchObject({
      text: '修改后的译文。',
      status: 'draft',
      version: intro.version + 1,
    });
    expect((await translation(db, 'title', 'zh')).status).toBe('checked');

    // The same file again: the change is now in Triglot at a newer version than the file says.
    const stale = io();
    await writeFile(file, xliff.replace(`<target>${intro.text}</target>`, '<target>另一个译文。</target>'));
    expect(await runImportFile(['--dry-run', DOC, file], stale.io, { db, contentDir: CONTENT_DIR })).toBe(0);
    expect(stale.out()).toContain(
      '1 conflicting\n  conflicting intro-conference [zh]: changed in Triglot since the export; left alone\n',
    );
  });

  it('all or nothing: one refused change (a language the translator may not touch) writes none', async () => {
    const { db } = database();
    await seedIfEmpty(db, CONTENT_DIR);
    const ruOnly = await user(database(), 'translator-ru', 'translator', ['ru']);
    const tsv = await exportFile(db, ['--format', 'tsv', DOC]);
    const intro = await translation(db, 'intro-conference', 'ru');
    const zh = await translation(db, 'intro-conference', 'zh');
    const file = path.join(await tempDir(), 'doc.tsv');
    await writeFile(file, tsv.replace(intro.text, 'Новый перевод.').replace(zh.text, '新的译文。'));
    const events = await eventCount(db);
    const h = io();
    expect(await runImportFile(['--as', ruOnly.email, DOC, file], h.io, { db, contentDir: CONTENT_DIR })).toBe(1);
    expect(h.err()).toMatch(/nothing written: intro-conference \[zh\] refused \(forbidden-language\)/);
    expect(await eventCount(db)).toBe(events);
    expect((await translation(db, 'intro-conference', 'ru')).text).toBe(intro.text);
  });

  it('hostile files change nothing and are refused with the place', async () => {
    const { db } = database();
    await seedIfEmpty(db, CONTENT_DIR);
    const translator = await user(database(), 'translator', 'translator');
    const dir = await tempDir();
    const events = await eventCount(db);
    const cases: [string, string | Buffer, RegExp][] = [
      [
        'unknown.xlf',
        (await exportFile(db, ['--format', 'xliff', '--lang', 'zh', DOC])).replace(
          '<unit id="title"',
          '<unit id="no-such-segment"',
        ),
        /no segment "no-such-segment"/,
      ],
      [
        'xxe.xlf',
        '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<x>&e;</x>',
        /line 2, column \d+: a DOCTYPE is not allowed/,
      ],
      ['latin1.tsv', Buffer.from([0x69, 0x64, 0x09, 0x65, 0x6e, 0x0a, 0xe9]), /line 2, column 1: not UTF-8/],
      [
        'wrong.xlf',
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"/>',
        /trgLang "de" is not a language/,
      ],
    ];
    for (const [name, content, message] of cases) {
      const file = path.join(dir, name);
      await writeFile(file, content);
      const h = io();
      expect(await runImportFile(['--as', translator.email, DOC, file], h.io, { db, contentDir: CONTENT_DIR }), name).toBe(1);
      expect(h.err(), name).toMatch(message);
    }
    expect(await eventCount(db)).toBe(events);
  });

  it('sync: file changes become drafts, source changes outdate, conflicts are listed and skipped', async () => {
    const { db } = database();
    const content = await contentCopy();
    temps.push(path.dirname(content));
    await seedIfEmpty(db, content);
    const admin = await user(database(), 'admin', 'admin');
    const zhFile = path.join(content, DOC, 'zh.json');
    const zh = JSON.parse(await readFile(zhFile, 'utf8')) as Record<string, string>;
    // In the database: a change to intro-juncture. In the files: intro-juncture (conflict) and intro-conference.
    const juncture = await translation(db, 'intro-juncture', 'zh');
    await executeCommand(db, admin, {
      action: 'edit',
      documentId: DOC,
      segmentId: 'intro-juncture',
      lang: 'zh',
      version: juncture.version,
      text: '数据库里的改动。',
    });
    zh['intro-juncture'] = '文件里的改动。';
    zh['intro-conference'] = '文件里的新译文。';
    await writeFile(zhFile, `${JSON.stringify(zh, null, 2)}\n`);
    const enFile = path.join(content, DOC, 'en.json');
    const en = JSON.parse(await readFile(enFile, 'utf8')) as Record<string, string>;
    en.title = `${en.title ?? ''} Revised`;
    await writeFile(enFile, `${JSON.stringify(en, null, 2)}\n`);

    const ctx = { db, contentDir: content };
    const dry = io();
    expect(await runSync(['--dry-run'], dry.io, ctx)).toBe(0);
    expect(dry.out()).toMatch(
      /^sino-russian-cooperation: 0 added, 2 changed, \d+ unchanged, 1 conflicting; segments: 0 added, 0 removed, 0 moved, 0 changed in kind; notes: 0 changed\n {2}conflicting intro-juncture \[zh\]: changed in the file and in the database; skipped/,
    );
    expect((await translation(db, 'intro-conference', 'zh')).text).not.toBe('文件里的新译文。');

    const h = io();
    expect(await runSync(['--as', admin.email], h.io, ctx)).toBe(0);
    expect(await translation(db, 'intro-conference', 'zh')).toMatchObject({ text: '文件里的新译文。', status: 'draft' });
    expect((await translation(db, 'intro-juncture', 'zh')).text).toBe('数据库里的改动。');
    const title = await translation(db, 'title', 'en');
    expect(title.text).toMatch(/ Revised$/);
    expect((await translation(db, 'title', 'zh')).source_hash).not.toBe(title.source_hash);

    // Nothing new in the files: only the conflict is left, until someone chooses.
    const again = io();
    await runSync(['--dry-run'], again.io, ctx);
    expect(again.out()).toMatch(/0 added, 0 changed, \d+ unchanged, 1 conflicting/);
    const chosen = io();
    expect(await runSync(['--as', admin.email, '--prefer', 'file'], chosen.io, ctx)).toBe(0);
    expect((await translation(db, 'intro-juncture', 'zh')).text).toBe('文件里的改动。');
  });
});
