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
