import { describe, expect, it } from 'vitest';
import type { ImportDraft } from './draft';
import { draftProblems } from './problems';

const base: ImportDraft = { sourceLang: 'en', languages: ['en', 'zh', 'ru'], rows: [], omitted: [] };

describe('draftProblems', () => {
  it('reports a draft without rows', () => {
    expect(draftProblems(base)).toEqual([{ code: 'empty' }]);
  });

  it('accepts rows with source text, whatever the targets lack', () => {
    const rows = [
      { cells: { en: ['A'], zh: [], ru: ['А'] }, confidence: 0.1 },
      { cells: { en: ['B'] }, confidence: 1 },
    ];
    expect(draftProblems({ ...base, rows })).toEqual([]);
  });

  it('names the 1-based row and language of each translation without source', () => {
    const rows = [
      { cells: { en: ['A'], zh: ['甲'], ru: ['А'] }, confidence: 1 },
      { cells: { en: ['  '], zh: ['乙'], ru: ['Б'] }, confidence: 1 },
      { cells: { en: [], zh: [], ru: ['В'] }, confidence: 1 },
    ];
    expect(draftProblems({ ...base, rows })).toEqual([
      { code: 'target-without-source', row: 2, lang: 'zh' },
      { code: 'target-without-source', row: 2, lang: 'ru' },
      { code: 'target-without-source', row: 3, lang: 'ru' },
    ]);
  });
});
