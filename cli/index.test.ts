import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './index';

function capture(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), stdin: async () => stdin }, out, err };
}

describe('triglot CLI', () => {
  it('validates the seed content', async () => {
    const { io, out, err } = capture();
    expect(await run(['validate', path.resolve(__dirname, '../content/sino-russian-cooperation')], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual([expect.stringMatching(/^ok: .*sino-russian-cooperation \(15 segments, en, zh, ru\)\n$/)]);
  });

  it('names the file and segment of a problem and exits 1', async () => {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'triglot-cli-')), 'demo');
    await mkdir(dir);
    await writeFile(
      path.join(dir, 'document.json'),
      JSON.stringify({ id: 'demo', sourceLanguage: 'en', languages: ['en', 'ru'], segments: [{ id: 'a', kind: 'title' }] }),
    );
    await writeFile(path.join(dir, 'en.json'), JSON.stringify({ a: 'Title' }));
    await writeFile(path.join(dir, 'ru.json'), JSON.stringify({ a: 'Заголовок', b: 'Лишнее' }));
    const { io, err } = capture();
    expect(await run(['validate', dir], io)).toBe(1);
    expect(err).toEqual([`error: ${dir}/ru.json: segment "b": not a segment of document.json\n`]);
  });

  it('prints help, and refuses an unknown command with exit 2', async () => {
    const help = capture();
    expect(await run(['--help'], help.io)).toBe(0);
    expect(help.out[0]).toContain('Usage: npm run triglot -- <command>');
    const bad = capture();
    expect(await run(['frobnicate'], bad.io)).toBe(2);
    expect(bad.err[0]).toContain('Unknown command: frobnicate');
  });

  it('dispatches align to the aligner and prints only the beads with --json', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'triglot-cli-'));
    await writeFile(path.join(dir, 'en.txt'), 'On 25 March 2016 experts met.\n\nThey spoke of the SCO and TPP.\n');
    await writeFile(path.join(dir, 'zh.txt'), '2016年3月25日，专家们齐聚一堂。\n\n他们谈到了SCO和TPP。\n');
    const { io, out, err } = capture();
    expect(await run(['align', '--json', path.join(dir, 'en.txt'), path.join(dir, 'zh.txt')], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('')).toBe('[[[0],[0]],[[1],[1]]]\n');
  });

  it('user add reads the password from standard input, refuses bad input, and user list shows the account', async () => {
    const previous = process.env.TRIGLOT_DATA_DIR;
    process.env.TRIGLOT_DATA_DIR = await mkdtemp(path.join(tmpdir(), 'triglot-cli-data-'));
    try {
      const ok = capture('a-long-password\n');
      expect(await run(['user', 'add', '--email', 'Rev@Example.test', '--role', 'reviewer', '--languages', 'ru'], ok.io)).toBe(0);
      expect(ok.out.join('')).toBe('Created rev@example.test (reviewer, ru).\n');

      const short = capture('short\n');
      expect(await run(['user', 'add', '--email', 'x@example.test', '--role', 'translator'], short.io)).toBe(1);
      expect(short.err.join('')).toContain('the password (from standard input): must be at least 12 characters');

      const again = capture('a-long-password\n');
      expect(await run(['user', 'add', '--email', 'rev@example.test', '--role', 'admin'], again.io)).toBe(1);
      expect(again.err.join('')).toContain('already exists');

      const list = capture();
      expect(await run(['user', 'list'], list.io)).toBe(0);
      expect(list.out).toEqual(['rev@example.test\treviewer\tru\tRev\tactive\n']);
    } finally {
      if (previous === undefined) delete process.env.TRIGLOT_DATA_DIR;
      else process.env.TRIGLOT_DATA_DIR = previous;
    }
  });
});

describe('the CLI checks its arguments before it touches the database', () => {
  async function inFreshDataDir(work: (dataDir: string) => Promise<void>) {
    const previous = process.env.TRIGLOT_DATA_DIR;
    const dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'triglot-cli-fresh-')), 'data');
    process.env.TRIGLOT_DATA_DIR = dataDir;
    try {
      await work(dataDir);
    } finally {
      if (previous === undefined) delete process.env.TRIGLOT_DATA_DIR;
      else process.env.TRIGLOT_DATA_DIR = previous;
    }
  }

  it.each([
    [['user', 'add', '--help'], 0],
    [['user', 'add', '--email', 'a@example.test'], 2],
    [['user', 'add', '--email', 'a@example.test', '--role', 'emperor'], 2],
    [['user', 'add', '--email', 'a@example.test', '--role', 'admin', '--languages', 'fr'], 2],
    [['user', 'add', '--email', 'a@example.test', '--role', 'admin', '--bogus', 'x'], 2],
    [['user', 'reset-password'], 2],
    [['user', 'unlock'], 2],
    [['user', 'frobnicate'], 2],
    [['import', '--help'], 0],
    [['import', '--id', 'Bad Id', 'a.txt', 'b.txt'], 2],
    [['db', 'migrate', '--now'], 2],
    [['documents', 'extra'], 2],
    [['backup'], 2],
    [['backup', '--help'], 0],
  ])('%j exits %i and creates no database', async (argv, code) => {
    await inFreshDataDir(async (dataDir) => {
      const { io } = capture('a-long-password\n');
      expect(await run(argv, io)).toBe(code);
      expect(existsSync(path.join(dataDir, 'triglot.db'))).toBe(false);
    });
  });

  it('refuses a weak password from standard input before opening anything', async () => {
    await inFreshDataDir(async (dataDir) => {
      const weak = capture('12345678\n');
      expect(await run(['user', 'add', '--email', 'w@example.test', '--role', 'reader'], weak.io)).toBe(1);
      expect(weak.err.join('')).toContain('must be at least 12 characters');
      const blank = capture('              \n');
      expect(await run(['user', 'reset-password', '--email', 'w@example.test'], blank.io)).toBe(1);
      expect(blank.err.join('')).toContain('must not be only spaces');
      expect(existsSync(path.join(dataDir, 'triglot.db'))).toBe(false);
    });
  });

  it('reads regular files only, up to a size it can be told to raise', async () => {
    await inFreshDataDir(async (dataDir) => {
      const dir = await mkdtemp(path.join(tmpdir(), 'triglot-cli-files-'));
      await writeFile(path.join(dir, 'en.txt'), 'One paragraph.\n\nAnother paragraph.\n');
      await writeFile(path.join(dir, 'zh.txt'), '一段。\n\n另一段。\n');
      const device = capture();
      expect(await run(['import', '--id', 'zero', '/dev/zero', path.join(dir, 'zh.txt')], device.io)).toBe(1);
      expect(device.err.join('')).toContain("cannot read source file '/dev/zero': it is a device, not a regular file");
      const folder = capture();
      expect(await run(['align', dir, path.join(dir, 'zh.txt')], folder.io)).toBe(1);
      expect(folder.err.join('')).toContain('it is a folder');
      const big = capture();
      expect(
        await run(['import', '--dry-run', '--max-size', '20', path.join(dir, 'en.txt'), path.join(dir, 'zh.txt')], big.io),
      ).toBe(1);
      expect(big.err.join('')).toContain('over the limit of 20 bytes (raise it with --max-size)');
      const badSize = capture();
      expect(await run(['align', '--max-size', 'lots', path.join(dir, 'en.txt'), path.join(dir, 'zh.txt')], badSize.io)).toBe(2);
      const ok = capture();
      expect(
        await run(['import', '--dry-run', '--max-size', '1K', path.join(dir, 'en.txt'), path.join(dir, 'zh.txt')], ok.io),
      ).toBe(0);
      const control = path.join(dir, 'esc.txt');
      await writeFile(control, 'Fine.\n\nBad \u001b[31m colour.\n');
      const esc = capture();
      expect(await run(['import', '--dry-run', control, path.join(dir, 'zh.txt')], esc.io)).toBe(1);
      expect(esc.err.join('')).toContain('contains the control character U+001B on line 3');
      expect(existsSync(path.join(dataDir, 'triglot.db'))).toBe(false);
    });
  });

  it('backs up the SQLite database to a new file that passes an integrity check', async () => {
    await inFreshDataDir(async (dataDir) => {
      expect(await run(['db', 'migrate'], capture().io)).toBe(0);
      const target = path.join(path.dirname(dataDir), 'copy.db');
      const backup = capture();
      expect(await run(['backup', target], backup.io)).toBe(0);
      expect(backup.out.join('')).toMatch(/Backed up .* \(1 documents, integrity ok/);
      expect(existsSync(target)).toBe(true);
      const again = capture();
      expect(await run(['backup', target], again.io)).toBe(1);
      expect(again.err.join('')).toContain('exists');
    });
  });
});
