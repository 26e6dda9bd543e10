import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentDocument } from '../lib/content/model';
import { runImport } from './import';
import { loadLexicons } from '../lib/align/lexicon/load';

// The first alignment loads the installed dictionaries (once per process): done here, with
// time for it, so each test measures only its own work.
beforeAll(() => loadLexicons(), 120_000);

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/import/', import.meta.url));
const fixture = (name: string) => readFileSync(`${FIXTURES}${name}`, 'utf8');

const EN = fixture('en.txt');
const ZH = fixture('zh.txt');
const RU = fixture('ru.txt');
const RU_CLEAN = fixture('zh-merged/ru.txt');
/** A translator's note with no English counterpart: the aligner gives it a 0-1 bead. */
const NOTE =
  'Примечание переводчика: в 2023 году уезд переименовали, но местные жители по-прежнему называют его по-старому, и мы сохраняем старое название во всём тексте.';

class DocumentExistsError extends Error {
  constructor(id: string) {
    super(`A document with id "${id}" already exists`);
    this.name = 'DocumentExistsError';
  }
}

/** In-memory files and streams, and an importer that records what it was given. */
function harness(files: Record<string, Buffer | string>, importError?: Error, preTranslated = 0) {
  const out: string[] = [];
  const err: string[] = [];
  const imported: ContentDocument[] = [];
  const io = {
    stdout: (s: string) => void out.push(s),
    stderr: (s: string) => void err.push(s),
    readFile: async (path: string) => {
      const f = files[path];
      if (f === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return typeof f === 'string' ? Buffer.from(f, 'utf8') : f;
    },
  };
  const deps = {
    importDocument: async (doc: ContentDocument) => {
      if (importError) throw importError;
      imported.push(doc);
      return { preTranslated };
    },
  };
  return {
    run: (argv: string[]) => runImport(argv, io, deps),
    out: () => out.join(''),
    err: () => err.join(''),
    imported,
  };
}

const all = { 'en.txt': EN, 'zh.txt': ZH, 'ru.txt': RU };

describe('runImport', () => {
  it('says how many missing translations the import filled in from translation memory', async () => {
    const h = harness(all, undefined, 3);
    expect(await h.run(['--id', 'floating-library', 'en.txt', 'zh.txt', 'ru.txt'])).toBe(0);
    expect(h.out()).toContain('Pre-translated from translation memory: 3.');
  });

  it('imports the aligned rows as one document: segments, kinds and texts', async () => {
    const h = harness(all);
    expect(await h.run(['--id', 'floating-library', 'en.txt', 'zh.txt', 'ru.txt'])).toBe(0);
    expect(h.err()).toBe('');
    expect(h.out()).toBe(
      'Imported floating-library: 8 segments, source en; translations as drafts: zh 8/8, ru 8/8. Pre-translated from translation memory: 0.\n',
    );
    expect(h.imported).toHaveLength(1);
    const doc = h.imported[0];
    expect(doc?.id).toBe('floating-library');
    expect(doc?.sourceLang).toBe('en');
    expect(doc?.languages).toEqual(['en', 'zh', 'ru']);
    expect(doc?.segments).toEqual([
      { id: 'p1', kind: 'title', notes: {} },
      { id: 'p2', kind: 'paragraph', notes: {} },
      { id: 'p3', kind: 'paragraph', notes: {} },
      { id: 'p4', kind: 'paragraph', notes: {} },
      { id: 'p5', kind: 'heading', notes: {} },
      { id: 'p6', kind: 'paragraph', notes: {} },
      { id: 'p7', kind: 'heading', notes: {} },
      { id: 'p8', kind: 'paragraph', notes: {} },
    ]);
    expect(doc?.texts.en?.p1).toBe('The Floating Library');
    expect(doc?.texts.zh?.p5).toBe('一、船与航线');
    // en paragraphs 6 and 7 share a row because zh merged them; joined with a space.
    expect(doc?.texts.en?.p6).toMatch(/reading lamps\. The route is 38 kilometres/);
    expect(doc?.texts.ru?.p6).toMatch(/лампы для чтения\. Маршрут длиной 38 километров/);
    expect(doc?.texts.zh?.p6).toMatch(/^现在这条船.*面包车送书。$/);
    // ru split en paragraph 3 in two; they come back as one text.
    expect(doc?.texts.ru?.p3).toMatch(/на пакетах с семенами\. Весной 1987 года/);
  });

  it('leaves a translation missing where the target has no paragraph for the row', async () => {
    const paragraphs = RU_CLEAN.split('\n\n');
    const ruWithoutFourth = paragraphs.filter((_, i) => i !== 3).join('\n\n');
    const h = harness({ 'en.txt': EN, 'ru.txt': ruWithoutFourth });
    expect(await h.run(['--id', 'doc', 'en.txt', 'ru.txt'])).toBe(0);
    const doc = h.imported[0];
    expect(doc?.segments).toHaveLength(9);
    expect(doc?.languages).toEqual(['en', 'ru']);
    expect(Object.keys(doc?.texts.ru ?? {})).toEqual(['p1', 'p2', 'p3', 'p5', 'p6', 'p7', 'p8', 'p9']);
    expect(doc?.texts.en?.p4).toMatch(/^On the first trip/);
    expect(h.out()).toContain('ru 8/9');
  });

  it('joins Chinese paragraphs without a space', async () => {
    const h = harness({
      'zh.txt': '第一段。\n\n第二段，很长很长。\n\n第三段。',
      'en.txt': 'First paragraph, about the 1st part.',
    });
    expect(await h.run(['--id', 'doc', 'zh.txt', 'en.txt'])).toBe(0);
    expect(h.imported[0]?.texts.zh).toEqual({ p1: '第一段。第二段，很长很长。第三段。' });
  });

  it('reads one paragraph per line with --lines, and accepts a BOM and CRLF', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hello world.\r\nSecond line here.\r\n')]);
    const h = harness({ a: bom, b: 'Привет, мир.\nВторая строка здесь.\n' });
    expect(await h.run(['--lines', '--id=greeting', 'a', 'b'])).toBe(0);
    expect(h.imported[0]?.texts).toEqual({
      en: { p1: 'Hello world.', p2: 'Second line here.' },
      ru: { p1: 'Привет, мир.', p2: 'Вторая строка здесь.' },
    });
  });

  it('applies --src-lang and each --tgt-lang to the files in order', async () => {
    const h = harness(all);
    expect(await h.run(['--id', 'doc', '--src-lang', 'en', '--tgt-lang', 'ru', 'en.txt', 'zh.txt'])).toBe(0);
    expect(h.imported[0]?.languages).toEqual(['en', 'ru']);
    expect(h.imported[0]?.texts.ru?.p1).toBe('漂流图书馆');

    const clash = harness(all);
    expect(await clash.run(['--id', 'doc', '--tgt-lang', 'ru', 'en.txt', 'zh.txt', 'ru.txt'])).toBe(1);
    expect(clash.err()).toContain("'zh.txt' and 'ru.txt' are both ru");
  });

  it('warns about rows with low confidence and still imports', async () => {
    const h = harness({ 'en.txt': EN, 'ru.txt': `${RU_CLEAN}\n\n${NOTE}\n` });
    expect(await h.run(['--id', 'doc', 'en.txt', 'ru.txt'])).toBe(0);
    expect(h.err()).toBe('import: warning: row 9 has low alignment confidence (0.30); check it\n');
    expect(h.imported[0]?.texts.ru?.p9).toMatch(/на пристани»\. Примечание переводчика/);
  });

  describe('--dry-run', () => {
    it('prints the rows, marks low confidence with ! and creates nothing', async () => {
      const h = harness({ ...all, 'ru.txt': `${RU}\n\n${NOTE}` });
      expect(await h.run(['--dry-run', 'en.txt', 'zh.txt', 'ru.txt'])).toBe(0);
      expect(h.imported).toEqual([]);
      const lines = h.out().trimEnd().split('\n');
      expect(lines[0]).toBe(
        'source en.txt (en, 9 paragraphs) | targets zh.txt (zh, 8 paragraphs), ru.txt (ru, 11 paragraphs) | 8 rows',
      );
      expect(lines[1]).toMatch(/^ {3}row {2}conf {2}en +\| zh +\| ru$/);
      expect(lines[2]).toMatch(/^ {5}1 {2}\d\.\d\d {2}The Floating Library +\| 漂流图书馆 +\| Плавучая библиотека$/);
      expect(lines[7]).toContain('The present boat, the third, was built i…');
      expect(lines[9]).toMatch(/^! {4}8 {2}0\.30 {2}Today the library/);
      expect(lines.filter((l) => l.startsWith('!'))).toHaveLength(1);
      expect(lines[10]).toBe('1 of 8 rows below 0.50 confidence (marked !); nothing was imported');
    });

    it('marks paragraph breaks inside a cell with ¶', async () => {
      const h = harness({ 'zh.txt': '第一段。\n\n第二段。', 'en.txt': 'The first and the second paragraph.' });
      expect(await h.run(['--dry-run', 'zh.txt', 'en.txt'])).toBe(0);
      expect(h.out()).toContain('第一段。 ¶ 第二段。 | The first and the second paragraph.');
    });

    it('does not need --id but checks one that is given', async () => {
      expect(await harness(all).run(['--dry-run', '--id', 'Bad Id', 'en.txt', 'zh.txt'])).toBe(2);
    });
  });

  it('prints help', async () => {
    const h = harness({});
    expect(await h.run(['--help'])).toBe(0);
    expect(h.out()).toContain('Usage: triglot import --id ID [options] SRC TGT [TGT]');
    expect(h.out()).toContain('--tgt-lang L');
  });

  describe('usage errors (exit 2)', () => {
    it.each([
      [[], 'expected a source file and one or two target files'],
      [['--id', 'doc', 'en.txt'], 'expected a source file and one or two target files'],
      [['--id', 'doc', 'a', 'b', 'c', 'd'], 'expected at most three files (SRC and two TGT), got 4'],
      [['en.txt', 'zh.txt'], '--id is required'],
      [['--id', 'Floating Library', 'en.txt', 'zh.txt'], '--id must be lower-case letters, digits and single hyphens'],
      [['--id', 'a--b', 'en.txt', 'zh.txt'], '--id must be'],
      [['--id', 'a', '--id', 'b', 'en.txt', 'zh.txt'], '--id is given more than once'],
      [['--id'], '--id needs a value'],
      [['--id', 'doc', '--src-lang', 'de', 'en.txt', 'zh.txt'], "--src-lang must be one of en, zh, ru (got 'de')"],
      [
        ['--id', 'doc', '--tgt-lang', 'zh', '--tgt-lang', 'ru', 'en.txt', 'zh.txt'],
        '--tgt-lang is given 2 times for 1 target file(s)',
      ],
      [['--id', 'doc', '--json', 'en.txt', 'zh.txt'], 'unknown option --json'],
    ])('%j', async (argv, message) => {
      const h = harness(all);
      expect(await h.run(argv)).toBe(2);
      expect(h.err()).toContain(`import: ${message}`);
      expect(h.err()).toContain('Usage: triglot import');
      expect(h.imported).toEqual([]);
    });
  });

  describe('input errors (exit 1)', () => {
    it.each([
      [{ 'en.txt': EN }, "cannot read target file 'zh.txt': ENOENT"],
      [{ 'en.txt': '', 'zh.txt': ZH }, "source file 'en.txt' has no paragraphs (it is empty or blank)"],
      [{ 'en.txt': EN, 'zh.txt': ' \n\n \n' }, "target file 'zh.txt' has no paragraphs"],
      [{ 'en.txt': EN, 'zh.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) }, "target file 'zh.txt' is binary"],
      [{ 'en.txt': Buffer.from([0x48, 0xe9, 0x6c]), 'zh.txt': ZH }, "source file 'en.txt' is not valid UTF-8"],
      [{ 'en.txt': EN, 'zh.txt': EN }, "'en.txt' and 'zh.txt' are both en"],
    ])('%#', async (files, message) => {
      const h = harness(files);
      expect(await h.run(['--id', 'doc', 'en.txt', 'zh.txt'])).toBe(1);
      expect(h.err()).toContain(`import: ${message}`);
      expect(h.imported).toEqual([]);
    });

    it('refuses an id that already exists', async () => {
      const h = harness(all, new DocumentExistsError('floating-library'));
      expect(await h.run(['--id', 'floating-library', 'en.txt', 'zh.txt'])).toBe(1);
      expect(h.err()).toBe('import: a document with id floating-library already exists\n');
      expect(h.out()).toBe('');
    });

    it('refuses two files of the same language named by the flags', async () => {
      const h = harness(all);
      expect(await h.run(['--id', 'doc', '--src-lang', 'zh', 'en.txt', 'zh.txt'])).toBe(1);
      expect(h.err()).toContain("'en.txt' and 'zh.txt' are both zh");
    });
  });

  it('passes other importer failures on', async () => {
    const h = harness(all, new Error('disk full'));
    await expect(h.run(['--id', 'doc', 'en.txt', 'zh.txt'])).rejects.toThrow('disk full');
  });
});
