import { beforeAll, describe, expect, it } from 'vitest';
import { displayWidth, fitColumns, runAlign } from './align';
import { loadLexicons } from '../lib/align/lexicon/load';

// The first alignment loads the installed dictionaries (once per process): done here, with
// time for it, so each test measures only its own work.
beforeAll(() => loadLexicons(), 120_000);

const EN =
  'The Keeper\n\nThe lighthouse stood on a rock fourteen miles from the mainland in 1962.\n\nShe knew every one of the 137 steps.\n\nWhy twenty-two?\n';
const ZH = '守塔人\n\n灯塔矗立在离大陆十四英里的一块礁石上，那是1962年。\n\n她熟悉那137级台阶中的每一级。\n\n为什么是二十二？\n';

function fakeIo(files: Record<string, Buffer | string>) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (s: string) => void out.push(s),
      stderr: (s: string) => void err.push(s),
      readFile: async (path: string) => {
        const f = files[path];
        if (f === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
        return typeof f === 'string' ? Buffer.from(f, 'utf8') : f;
      },
    },
  };
}

describe('runAlign', () => {
  it('prints compact JSON beads only', async () => {
    const { io, out, err } = fakeIo({ 'en.txt': EN, 'zh.txt': ZH });
    expect(await runAlign(['--json', 'en.txt', 'zh.txt'], io)).toBe(0);
    expect(out.join('')).toBe('[[[0],[0]],[[1],[1]],[[2],[2]],[[3],[3]]]\n');
    expect(err).toEqual([]);
  });

  it('reads one paragraph per line with --lines', async () => {
    const { io, out } = fakeIo({ a: 'One.\nTwo.\nThree.', b: 'Один.\nДва.\nТри.' });
    expect(await runAlign(['a', 'b', '--lines', '--json'], io)).toBe(0);
    expect(JSON.parse(out.join(''))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });

  it('shows a side-by-side view within the width, counting CJK as two columns', async () => {
    const { io, out } = fakeIo({ 'en.txt': EN, 'zh.txt': ZH });
    expect(await runAlign(['en.txt', 'zh.txt', '--width', '80'], io)).toBe(0);
    const lines = out.join('').trimEnd().split('\n');
    expect(lines[0]).toContain('(en, 4 paragraphs)');
    expect(lines[0]).toContain('(zh, 4 paragraphs)');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^\s+1\s+\d\.\d\d\s+The Keeper\s+\| 守塔人$/);
    for (const line of lines.slice(1)) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(lines[2]).toContain('…');
  });

  it('honours and validates language overrides', async () => {
    const ok = fakeIo({ 'en.txt': EN, 'zh.txt': ZH });
    expect(await runAlign(['--src-lang', 'ru', '--tgt-lang=zh', 'en.txt', 'zh.txt'], ok.io)).toBe(0);
    expect(ok.out[0]).toContain('(ru, 4 paragraphs)');
    const bad = fakeIo({ 'en.txt': EN, 'zh.txt': ZH });
    expect(await runAlign(['--src-lang', 'de', 'en.txt', 'zh.txt'], bad.io)).toBe(2);
    expect(bad.err.join('')).toContain("--src-lang must be one of en, zh, ru (got 'de')");
  });

  it('strips a BOM and accepts CRLF', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hello.\r\n\r\nWorld.\r\n')]);
    const { io, out } = fakeIo({ a: bom, b: 'Привет.\n\nМир.' });
    expect(await runAlign(['--json', 'a', 'b'], io)).toBe(0);
    expect(out.join('')).toBe('[[[0],[0]],[[1],[1]]]\n');
  });

  it('prints help', async () => {
    const { io, out } = fakeIo({});
    expect(await runAlign(['--help'], io)).toBe(0);
    expect(out.join('')).toContain('Usage: triglot align');
  });

  it.each([
    [[], 'expected two files'],
    [['a'], 'expected two files'],
    [['a', 'b', 'c'], 'expected two files, got 3'],
    [['--bogus', 'a', 'b'], 'unknown option --bogus'],
    [['--src-lang'], '--src-lang needs a value'],
  ])('rejects bad usage %j', async (argv, message) => {
    const { io, err } = fakeIo({ a: 'x', b: 'y' });
    expect(await runAlign(argv, io)).toBe(2);
    expect(err.join('')).toContain(message);
  });

  it.each([
    ['missing.txt', undefined, "cannot read source file 'missing.txt': ENOENT"],
    ['empty.txt', '', "source file 'empty.txt' has no paragraphs"],
    ['blank.txt', ' \n\n \r\n', "source file 'blank.txt' has no paragraphs"],
    ['bin.dat', Buffer.from([0x48, 0x00, 0x49]), "source file 'bin.dat' is binary"],
    ['latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]), "source file 'latin1.txt' is not valid UTF-8"],
  ])('reports a bad source file %s', async (name, content, message) => {
    const files: Record<string, Buffer | string> = { 'ok.txt': 'Fine.' };
    if (content !== undefined) files[name] = content;
    const { io, err, out } = fakeIo(files);
    expect(await runAlign([name, 'ok.txt'], io)).toBe(1);
    expect(err.join('')).toContain(message);
    expect(out).toEqual([]);
  });

  it('names the target file when it is the bad one', async () => {
    const { io, err } = fakeIo({ 'ok.txt': 'Fine.', 'bad.txt': '' });
    expect(await runAlign(['ok.txt', 'bad.txt'], io)).toBe(1);
    expect(err.join('')).toContain("target file 'bad.txt' has no paragraphs");
  });
});

describe('display helpers', () => {
  it('counts wide characters as two columns', () => {
    expect(displayWidth('ab')).toBe(2);
    expect(displayWidth('中文')).toBe(4);
    expect(displayWidth('，。')).toBe(4);
  });
  it('fits text to a width, ending cut text with …', () => {
    expect(fitColumns('abc', 5)).toBe('abc  ');
    expect(fitColumns('abcdef', 4)).toBe('abc…');
    const cut = fitColumns('中文中文', 6);
    expect(displayWidth(cut)).toBe(6);
    expect(cut.startsWith('中文')).toBe(true);
  });
});
