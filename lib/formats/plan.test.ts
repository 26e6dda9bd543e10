import { describe, expect, it } from 'vitest';
import type { ParsedFile } from './model';
import { planCommands, planImport } from './plan';
import { sampleDocument } from './sample';

const file = (entries: Partial<ParsedFile['entries'][number]>[], extra: Partial<ParsedFile> = {}): ParsedFile => ({
  format: 'xliff',
  documentId: null,
  sourceLang: null,
  entries: entries.map((e, i) => ({
    segmentId: null,
    source: null,
    lang: 'zh',
    text: null,
    version: null,
    where: `entry ${i + 1}`,
    ...e,
  })),
  ...extra,
});

describe('planImport', () => {
  it('refuses a file for another document or source language', () => {
    expect(() => planImport(sampleDocument(), file([], { documentId: 'other' }))).toThrow(
      'the file is for document "other", not "tea-road"',
    );
    expect(() => planImport(sampleDocument(), file([], { sourceLang: 'ru' }))).toThrow(
      `the file's source language is "ru"; tea-road is written in "en"`,
    );
  });

  it('refuses a language that is the source or not translated into', () => {
    const doc = sampleDocument();
    doc.languages = ['en', 'zh'];
    expect(() => planImport(doc, file([{ segmentId: 'p1', lang: 'ru', text: 'x' }]))).toThrow(
      'entry 1: "ru" is not a target language of tea-road (zh)',
    );
    expect(() => planImport(doc, file([{ segmentId: 'p1', lang: 'en', text: 'x' }]))).toThrow(/"en" is not a target language/);
  });

  it('refuses two different translations of one segment, accepts the same one twice', () => {
    const same = file([
      { source: 'An untranslated closing line.', text: '结尾。' },
      { source: 'An untranslated closing line.', text: '结尾。' },
    ]);
    expect(planImport(sampleDocument(), same).added).toHaveLength(1);
    const different = file([
      { source: 'An untranslated closing line.', text: '结尾。' },
      { source: 'An untranslated closing line.', text: '最后。' },
    ]);
    expect(() => planImport(sampleDocument(), different)).toThrow('entry 2: a second, different zh translation for segment "p4"');
  });

  it('compares texts as they would be stored (trimmed), and turns the plan into edit commands', () => {
    const plan = planImport(
      sampleDocument(),
      file([
        { segmentId: 'p1', text: '  驼队在“春天”穿越草原。 ' },
        { segmentId: 'p4', text: ' 结尾。' },
      ]),
    );
    expect(plan.unchanged).toBe(1);
    expect(planCommands('tea-road', plan, 'from XLIFF')).toEqual([
      { action: 'edit', documentId: 'tea-road', segmentId: 'p4', lang: 'zh', version: 0, text: '结尾。', comment: 'from XLIFF' },
    ]);
  });
});
