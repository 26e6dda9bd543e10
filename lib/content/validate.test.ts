import { describe, expect, it } from 'vitest';
import { formatIssue, validateContent, type RawContent } from './validate';

const manifest = {
  id: 'demo',
  sourceLanguage: 'en',
  languages: ['en', 'zh', 'ru'],
  segments: [
    { id: 'title', kind: 'title' },
    { id: 'p1', kind: 'paragraph', notes: { ru: 'Name as established in Russian.' } },
  ],
};

function raw(overrides: Partial<RawContent> = {}): RawContent {
  return {
    dir: 'content/demo',
    manifest,
    resources: {
      'en.json': { title: 'Title', p1: 'First paragraph.' },
      'zh.json': { title: '标题', p1: '第一段。' },
      'ru.json': { title: 'Заголовок', p1: 'Первый абзац.' },
    },
    ...overrides,
  };
}

function messages(result: ReturnType<typeof validateContent>) {
  return result.ok ? [] : result.errors.map(formatIssue);
}

describe('validateContent', () => {
  it('builds the document with the source language first and notes kept per language', () => {
    const result = validateContent(raw());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.languages).toEqual(['en', 'zh', 'ru']);
    expect(result.document.segments.map((s) => s.id)).toEqual(['title', 'p1']);
    expect(result.document.segments[1]?.notes).toEqual({ ru: 'Name as established in Russian.' });
    expect(result.document.texts.zh?.p1).toBe('第一段。');
    expect(result.warnings).toEqual([]);
  });

  it('names the file and segment of a source text that is missing', () => {
    const result = validateContent(raw({ resources: { ...raw().resources, 'en.json': { title: 'Title' } } }));
    expect(messages(result)).toEqual(['content/demo/en.json: segment "p1": source text is missing']);
  });

  it('accepts a target that lacks a segment, with a warning that names it', () => {
    const result = validateContent(raw({ resources: { ...raw().resources, 'zh.json': { title: '标题' } } }));
    expect(result.ok).toBe(true);
    expect(result.warnings.map(formatIssue)).toEqual(['content/demo/zh.json: segment "p1": translation is missing']);
  });

  it('refuses a text for a segment the document does not have', () => {
    const resources = { ...raw().resources, 'ru.json': { title: 'Заголовок', p1: 'Абзац.', p9: 'Лишний.' } };
    expect(messages(validateContent(raw({ resources })))).toEqual([
      'content/demo/ru.json: segment "p9": not a segment of document.json',
    ]);
  });

  it('refuses malformed values: a number, an empty string, a nested object', () => {
    const resources = { ...raw().resources, 'zh.json': { title: 42, p1: '  ' } };
    const result = messages(validateContent(raw({ resources })));
    expect(result).toHaveLength(2);
    expect(result[0]).toMatch(/^content\/demo\/zh\.json: segment "title": title: .*string/);
    expect(result[1]).toBe('content/demo/zh.json: segment "p1": p1: empty text: leave the key out for a missing translation');
    const nested = { ...raw().resources, 'ru.json': { title: { text: 'x' }, p1: 'Абзац.' } };
    expect(messages(validateContent(raw({ resources: nested })))[0]).toMatch(/ru\.json: segment "title"/);
  });

  it('names the segment of a bad manifest entry: unknown kind, bad id, duplicate id', () => {
    const badKind = { ...manifest, segments: [{ id: 'title', kind: 'chapter' }, ...manifest.segments.slice(1)] };
    expect(messages(validateContent(raw({ manifest: badKind })))[0]).toMatch(
      /^content\/demo\/document\.json: segment "title": segments\.0\.kind: /,
    );
    const badId = { ...manifest, segments: [{ id: 'Title 1', kind: 'title' }] };
    expect(messages(validateContent(raw({ manifest: badId })))[0]).toContain('segment "Title 1"');
    const dup = { ...manifest, segments: [...manifest.segments, { id: 'p1', kind: 'paragraph' }] };
    expect(messages(validateContent(raw({ manifest: dup })))).toContain(
      'content/demo/document.json: segment "p1": id is used by more than one segment',
    );
  });

  it('refuses a language file the manifest does not list, and a listed language without a file', () => {
    const extra = { ...raw().resources, 'de.json': { title: 'Titel' } };
    expect(messages(validateContent(raw({ resources: extra })))).toEqual([
      'content/demo/de.json: "de" is not a supported language (en, zh, ru)',
    ]);
    const { 'ru.json': _ru, ...withoutRu } = raw().resources;
    expect(messages(validateContent(raw({ resources: withoutRu })))).toEqual([
      'content/demo/ru.json: file is missing (write {} for a language with no translations yet)',
    ]);
  });

  it('refuses a manifest whose id differs from its folder or whose languages omit the source', () => {
    const result = messages(validateContent(raw({ manifest: { ...manifest, id: 'other', languages: ['zh', 'ru'] } })));
    expect(result).toContain('content/demo/document.json: id "other" differs from its folder name "demo"');
    expect(result).toContain('content/demo/document.json: languages must include the source language "en"');
  });

  it('reports a missing manifest', () => {
    expect(messages(validateContent(raw({ manifest: undefined })))).toEqual(['content/demo/document.json: file is missing']);
  });
});
