import { describe, expect, it } from 'vitest';
import type { ImportDraft } from './draft';
import { editCell, mergeWithNext, moveDown, moveUp, omit, setChecked, setKind, setTitle, splitAt, type EditResult } from './edit';

/** Builds a draft from rows written as [en, zh] with paragraphs separated by '+' and '' for an empty cell. */
function draftOf(rows: [string, string][], confidence = 0.5): ImportDraft {
  const cell = (s: string) => (s === '' ? [] : s.split('+'));
  return {
    sourceLang: 'en',
    languages: ['en', 'zh'],
    rows: rows.map(([en, zh]) => ({ cells: { en: cell(en), zh: cell(zh) }, confidence })),
    omitted: [],
  };
}

type Mark = 'person' | 'rescored' | number;

/**
 * The rows of a result in the same notation, each with what became of its confidence: 'person'
 * (checked by a person), 'rescored' (its cells moved, so the aligner scored it again) or the
 * number it had (nothing about it changed).
 */
function shape(result: EditResult): [string, string, Mark][] {
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.draft.rows.map((r) => [
    (r.cells.en ?? []).join('+'),
    (r.cells.zh ?? []).join('+'),
    r.checked ? 'person' : r.confidence === 0.5 ? 0.5 : 'rescored',
  ]);
}

const draft = draftOf([
  ['A', '甲'],
  ['B', '乙'],
  ['C', '丙'],
]);

describe('mergeWithNext', () => {
  it('appends the cell below and moves the rest of the column up, leaving the source alone', () => {
    expect(shape(mergeWithNext(draft, 0, 'zh'))).toEqual([
      ['A', '甲+乙', 'person'],
      ['B', '丙', 'rescored'],
      ['C', '', 'rescored'],
    ]);
  });

  it('drops a row that ends up empty in every language', () => {
    const two = draftOf([
      ['A', '甲'],
      ['', '乙'],
    ]);
    expect(shape(mergeWithNext(two, 0, 'zh'))).toEqual([['A', '甲+乙', 'person']]);
  });

  it('refuses the last row', () => {
    expect(mergeWithNext(draft, 2, 'zh')).toEqual({ ok: false, error: 'no-next-row' });
  });
});

describe('splitAt', () => {
  const merged = draftOf([
    ['A', '甲乙'],
    ['B', '丙'],
    ['C', ''],
  ]);

  it('puts the part after the offset in a new cell below and moves the column down', () => {
    expect(shape(splitAt(merged, 0, 'zh', 1))).toEqual([
      ['A', '甲', 'person'],
      ['B', '乙', 'person'],
      ['C', '丙', 'rescored'],
    ]);
  });

  it('adds a row when the column runs past the end', () => {
    const long = draftOf([
      ['A', '甲'],
      ['B+C', '乙'],
    ]);
    // 'B\n\nC': offset 1 is the end of 'B'.
    expect(shape(splitAt(long, 1, 'en', 1))).toEqual([
      ['A', '甲', 0.5],
      ['B', '乙', 'person'],
      ['C', '', 'person'],
    ]);
  });

  it('refuses an empty cell and offsets that leave an empty part', () => {
    expect(splitAt(merged, 2, 'zh', 1)).toEqual({ ok: false, error: 'nothing-to-split' });
    expect(splitAt(merged, 0, 'zh', 0)).toEqual({ ok: false, error: 'bad-offset' });
    expect(splitAt(merged, 0, 'zh', 2)).toEqual({ ok: false, error: 'bad-offset' });
  });
});

describe('moveDown / moveUp', () => {
  it('moveDown inserts an empty cell and shifts the rest of the column down, adding a row', () => {
    expect(shape(moveDown(draft, 1, 'zh'))).toEqual([
      ['A', '甲', 0.5],
      ['B', '', 'person'],
      ['C', '乙', 'person'],
      ['', '丙', 'rescored'],
    ]);
  });

  it('moveUp undoes moveDown', () => {
    const down = moveDown(draft, 1, 'zh');
    if (!down.ok) throw new Error(down.error);
    const up = moveUp(down.draft, 2, 'zh');
    expect(up.ok && up.draft.rows.map((r) => r.cells)).toEqual(draft.rows.map((r) => r.cells));
  });

  it('moveUp needs an empty cell above', () => {
    expect(moveUp(draft, 1, 'zh')).toEqual({ ok: false, error: 'cannot-move-up' });
    expect(moveUp(draft, 0, 'zh')).toEqual({ ok: false, error: 'cannot-move-up' });
  });
});

describe('omit', () => {
  it('records the paragraphs and leaves the cell empty', () => {
    const result = omit(
      draftOf([
        ['A', '甲+注'],
        ['B', '乙'],
      ]),
      0,
      'zh',
    );
    expect(result.ok && result.draft.omitted).toEqual([
      { lang: 'zh', text: '甲' },
      { lang: 'zh', text: '注' },
    ]);
    expect(shape(result)).toEqual([
      ['A', '', 'person'],
      ['B', '乙', 0.5],
    ]);
  });

  it('drops the row when it was the only text left in it', () => {
    const result = omit(
      draftOf([
        ['A', '甲'],
        ['', '注'],
      ]),
      1,
      'zh',
    );
    expect(shape(result)).toEqual([['A', '甲', 0.5]]);
    expect(result.ok && result.draft.omitted).toEqual([{ lang: 'zh', text: '注' }]);
  });

  it('refuses an empty cell', () => {
    expect(omit(draftOf([['A', '']]), 0, 'zh')).toEqual({ ok: false, error: 'empty-cell' });
  });
});

describe('every operation', () => {
  const ops = [
    (d: ImportDraft, row: number) => mergeWithNext(d, row, 'zh'),
    (d: ImportDraft, row: number) => splitAt(d, row, 'zh', 1),
    (d: ImportDraft, row: number) => moveDown(d, row, 'zh'),
    (d: ImportDraft, row: number) => moveUp(d, row, 'zh'),
    (d: ImportDraft, row: number) => omit(d, row, 'zh'),
  ];

  it.each(ops.map((op, i) => [i, op] as const))('op %i refuses rows out of range and leaves its input alone', (_, op) => {
    const before = structuredClone(draft);
    for (const row of [-1, 3, 0.5, Number.NaN]) expect(op(draft, row)).toEqual({ ok: false, error: 'out-of-range' });
    op(draft, 1);
    expect(draft).toEqual(before);
  });

  it('refuses a language the draft does not have', () => {
    expect(moveDown(draft, 0, 'ru')).toEqual({ ok: false, error: 'unknown-language' });
  });
});

describe('kinds', () => {
  const headed: ImportDraft = {
    sourceLang: 'en',
    languages: ['en', 'zh'],
    title: { en: 'Title' },
    rows: [
      { cells: { en: ['1. The boat'], zh: ['一、船'] }, confidence: 0.9, kind: 'heading' },
      { cells: { en: ['It sails. It stops.'], zh: ['它航行。它停下。'] }, confidence: 0.9, kind: 'paragraph' },
    ],
    omitted: [],
  };

  it('a person sets a row’s kind', () => {
    const result = setKind(headed, 1, 'note');
    expect(result.ok && result.draft.rows.map((r) => r.kind)).toEqual(['heading', 'note']);
    expect(setKind(headed, 5, 'note')).toEqual({ ok: false, error: 'out-of-range' });
  });

  it('a split row stays a paragraph, never turns into a heading, however short its half', () => {
    const result = splitAt(headed, 1, 'en', 'It sails.'.length);
    expect(result.ok && result.draft.rows.map((r) => [r.cells.en, r.kind])).toEqual([
      [['1. The boat'], 'heading'],
      [['It sails.'], 'paragraph'],
      [['It stops.'], 'paragraph'],
    ]);
  });

  it('the kinds move with the source column, not with a translation’s', () => {
    const down = moveDown(headed, 0, 'en');
    expect(down.ok && down.draft.rows.map((r) => [r.cells.en, r.kind])).toEqual([
      [[], 'paragraph'],
      [['1. The boat'], 'heading'],
      [['It sails. It stops.'], 'paragraph'],
    ]);
    const translation = moveDown(headed, 0, 'zh');
    // The row added at the end has no source text, so nothing to give a kind to yet.
    expect(translation.ok && translation.draft.rows.map((r) => r.kind)).toEqual(['heading', 'paragraph', undefined]);
  });
});

describe('editCell, setChecked, setTitle', () => {
  it('replaces a cell’s text, paragraphs split at blank lines, and marks the row as checked by a person', () => {
    const result = editCell(draft, 1, 'zh', ' 乙（改） \n\n 注 ');
    expect(result.ok && result.draft.rows[1]).toMatchObject({ cells: { en: ['B'], zh: ['乙（改）', '注'] }, checked: true });
    expect(result.ok && result.draft.rows[1]?.confidence).not.toBe(0.5);
    expect(result.ok && result.draft.rows[0]).toEqual(draft.rows[0]);
  });

  it('marks a row as checked and takes the mark away', () => {
    const on = setChecked(draft, 0, true);
    if (!on.ok) throw new Error(on.error);
    expect(on.draft.rows[0]?.checked).toBe(true);
    const off = setChecked(on.draft, 0, false);
    expect(off.ok && off.draft.rows[0]).toEqual(draft.rows[0]);
  });

  it('sets the title of one language, with its spaces tidied', () => {
    const result = setTitle(draft, 'zh', '  漂流 图书馆 \n');
    expect(result.ok && result.draft.title).toEqual({ zh: '漂流 图书馆' });
    expect(setTitle(draft, 'ru', 'x')).toEqual({ ok: false, error: 'unknown-language' });
  });
});
