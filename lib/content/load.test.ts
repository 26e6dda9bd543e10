import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocumentDir } from './load';
import { formatIssue } from './validate';

const seedDir = path.resolve(__dirname, '../../content/sino-russian-cooperation');

describe('loadDocumentDir on the seed article', () => {
  it('is valid and complete: 15 segments, every language has every segment', async () => {
    const result = await loadDocumentDir(seedDir);
    if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
    expect(result.warnings).toEqual([]);
    const { document } = result;
    expect(document.sourceLang).toBe('en');
    expect(document.languages).toEqual(['en', 'zh', 'ru']);
    expect(document.segments.map((s) => s.kind)).toEqual([
      'title', 'paragraph', 'paragraph', 'paragraph',
      'heading', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph',
      'paragraph', 'paragraph', 'note',
    ]);
  });

  it('keeps Chinese full-width punctuation and Russian typography', async () => {
    const result = await loadDocumentDir(seedDir);
    if (!result.ok) throw new Error('seed invalid');
    const zh = Object.values(result.document.texts.zh ?? {});
    const ru = Object.values(result.document.texts.ru ?? {});
    for (const text of zh) {
      // ASCII punctuation next to a Han character is a half-width slip.
      expect(text).not.toMatch(/[\u4e00-\u9fff][,.;:?!()"]|[,.;:?!()"][\u4e00-\u9fff]/u);
    }
    for (const text of ru) {
      expect(text).not.toMatch(/"/);
      expect(text).not.toMatch(/ - /);
    }
    expect(result.document.texts.zh?.['intro-conference']).toContain('2016年3月25日');
    expect(result.document.texts.ru?.['intro-conference']).toContain('25–26\u00a0марта 2016\u00a0года');
  });
});

describe('loadDocumentDir on broken folders', () => {
  async function folder(files: Record<string, string>) {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'triglot-content-')), 'demo');
    await mkdir(dir);
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
    return dir;
  }

  it('names a file that is not valid JSON', async () => {
    const dir = await folder({
      'document.json': JSON.stringify({ id: 'demo', sourceLanguage: 'en', languages: ['en'], segments: [{ id: 'a', kind: 'title' }] }),
      'en.json': '{ "a": "Title", }',
    });
    const result = await loadDocumentDir(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatIssue(result.errors[0]!)).toMatch(/\/demo\/en\.json: not valid JSON/);
  });

  it('accepts a UTF-8 byte-order mark', async () => {
    const dir = await folder({
      'document.json': JSON.stringify({ id: 'demo', sourceLanguage: 'en', languages: ['en'], segments: [{ id: 'a', kind: 'title' }] }),
      'en.json': '\uFEFF{ "a": "Title" }',
    });
    expect((await loadDocumentDir(dir)).ok).toBe(true);
  });
});
