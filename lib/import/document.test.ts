import { describe, expect, it } from 'vitest';
import type { ContentDocument } from '../content/model';
import { validateContent, type RawContent } from '../content/validate';
import { draftToDocument } from './document';
import type { DraftRow, ImportDraft } from './draft';

/** The files a document would be written as, so validateContent can judge it. */
function rawContentOf(doc: ContentDocument): RawContent {
  return {
    dir: `content/${doc.id}`,
    manifest: {
      id: doc.id,
      sourceLanguage: doc.sourceLang,
      languages: doc.languages,
      segments: doc.segments.map((s) => ({ id: s.id, kind: s.kind, notes: s.notes })),
    },
    resources: Object.fromEntries(doc.languages.map((lang) => [`${lang}.json`, doc.texts[lang] ?? {}])),
  };
}

const title: DraftRow = {
  cells: { en: ['The Floating Library'], zh: ['漂流图书馆'], ru: ['Плавучая библиотека'] },
  confidence: 1,
};
const heading: DraftRow = { cells: { en: ['1. The boat'], zh: ['一、船'], ru: [] }, confidence: 1 };
const body: DraftRow = {
  cells: {
    en: ['It was built in 2006.', 'It holds 3,600 books.'],
    zh: ['建于2006年。', '可容纳3600本书。'],
    ru: ['Построена в 2006 году.'],
  },
  confidence: 0.2,
};
const draft: ImportDraft = {
  sourceLang: 'en',
  languages: ['en', 'zh', 'ru'],
  rows: [title, heading, body],
  omitted: [{ lang: 'ru', text: 'Лишнее.' }],
};

describe('draftToDocument', () => {
  it('makes one segment per row with short ids, guessed kinds and joined paragraphs', () => {
    const result = draftToDocument(draft, { id: 'floating-library' });
    expect(result).toEqual({
      ok: true,
      document: {
        id: 'floating-library',
        sourceLang: 'en',
        languages: ['en', 'zh', 'ru'],
        segments: [
          { id: 'p1', kind: 'title', notes: {} },
          { id: 'p2', kind: 'heading', notes: {} },
          { id: 'p3', kind: 'paragraph', notes: {} },
        ],
        texts: {
          en: { p1: 'The Floating Library', p2: '1. The boat', p3: 'It was built in 2006. It holds 3,600 books.' },
          zh: { p1: '漂流图书馆', p2: '一、船', p3: '建于2006年。可容纳3600本书。' },
          ru: { p1: 'Плавучая библиотека', p3: 'Построена в 2006 году.' },
        },
      },
    });
  });

  it('passes validateContent, with the empty target cell reported as missing', () => {
    const result = draftToDocument(draft, { id: 'floating-library' });
    if (!result.ok) throw new Error('expected a document');
    const validated = validateContent(rawContentOf(result.document));
    expect(validated.ok).toBe(true);
    expect(validated.ok && validated.document).toEqual(result.document);
    expect(validated.warnings).toEqual([
      { file: 'content/floating-library/ru.json', segmentId: 'p2', message: 'translation is missing' },
    ]);
  });

  it('uses the kinds the person chose, by 0-based row', () => {
    const result = draftToDocument(draft, { id: 'doc', kinds: { 1: 'note', 2: 'list-item' } });
    expect(result.ok && result.document.segments.map((s) => s.kind)).toEqual(['title', 'note', 'list-item']);
  });

  it.each(['', 'Floating', 'a_b', 'a--b', '-a', 'дом'])('refuses the id %j', (id) => {
    expect(draftToDocument(draft, { id })).toEqual({ ok: false, problems: [{ code: 'bad-id', id }] });
  });

  it('reports the draft problems that block creation', () => {
    const rows = [...draft.rows, { cells: { en: [], zh: ['多余。'], ru: [] }, confidence: 1 }];
    expect(draftToDocument({ ...draft, rows }, { id: 'doc' })).toEqual({
      ok: false,
      problems: [{ code: 'target-without-source', row: 4, lang: 'zh' }],
    });
    expect(draftToDocument({ ...draft, rows: [] }, { id: 'doc' })).toEqual({ ok: false, problems: [{ code: 'empty' }] });
  });

  it('refuses languages that do not start with the source or repeat', () => {
    expect(draftToDocument({ ...draft, languages: ['zh', 'en'] }, { id: 'doc' })).toEqual({
      ok: false,
      problems: [{ code: 'bad-languages' }],
    });
    expect(draftToDocument({ ...draft, languages: ['en', 'zh', 'zh'] }, { id: 'doc' })).toEqual({
      ok: false,
      problems: [{ code: 'bad-languages' }],
    });
  });

  it('skips rows with no text at all and numbers the rest without gaps', () => {
    const rows = [title, { cells: { en: [' '], zh: [] }, confidence: 1 }, body];
    const result = draftToDocument({ ...draft, rows }, { id: 'doc' });
    expect(result.ok && result.document.segments.map((s) => s.id)).toEqual(['p1', 'p2']);
    expect(result.ok && result.document.texts.en?.p2).toBe('It was built in 2006. It holds 3,600 books.');
  });
});

describe('draftToDocument with a title of its own (the wizard’s drafts)', () => {
  const titled: ImportDraft = {
    ...draft,
    title: { en: 'The Floating Library', zh: '漂流图书馆', ru: '' },
    rows: [
      { ...heading, kind: 'heading' },
      { ...body, kind: 'note' },
      { cells: { en: ['Short line'], zh: ['短行'], ru: ['Короткая строка'] }, confidence: 1 },
    ],
  };

  it('makes the title a segment of kind title before the rows, and gives each row its kind', () => {
    const result = draftToDocument(titled, { id: 'floating-library' });
    if (!result.ok) throw new Error('expected a document');
    expect(result.document.segments.map((s) => [s.id, s.kind])).toEqual([
      ['title', 'title'],
      ['p1', 'heading'],
      ['p2', 'note'],
      // Not guessed as the title: the draft has one. A short line without a stop is a heading.
      ['p3', 'heading'],
    ]);
    expect(result.document.texts.en?.title).toBe('The Floating Library');
    expect(result.document.texts.zh?.title).toBe('漂流图书馆');
    // No Russian title: that translation is missing, like an empty cell.
    expect(result.document.texts.ru?.title).toBeUndefined();
    expect(validateContent(rawContentOf(result.document)).ok).toBe(true);
  });

  it('refuses a draft whose title is empty in the source language', () => {
    const result = draftToDocument({ ...titled, title: { en: '  ', zh: '漂流图书馆' } }, { id: 'floating-library' });
    expect(result).toEqual({ ok: false, problems: [{ code: 'no-title' }] });
  });
});
