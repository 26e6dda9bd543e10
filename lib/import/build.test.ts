import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../align';
import { isLang, type Lang } from '../languages';
import { buildDraft, NO_SOURCE_CONFIDENCE } from './build';
import { cellOf, LOW_CONFIDENCE } from './draft';

const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/import/', import.meta.url));

interface Gold {
  source: string;
  targets: string[];
  /** Per row, 0-based paragraph indices of each language's file. */
  rows: Record<string, number[]>[];
}

function paragraphsOf(dir: string, lang: Lang): string[] {
  return splitParagraphs(readFileSync(`${FIXTURES}${dir}${lang}.txt`, 'utf8'));
}

function lang(value: string): Lang {
  if (!isLang(value)) throw new Error(`not a language: ${value}`);
  return value;
}

describe.each(['', 'zh-merged/'])('buildDraft on tests/fixtures/import/%s', (dir) => {
  const gold = JSON.parse(readFileSync(`${FIXTURES}${dir}gold.json`, 'utf8')) as Gold;
  const source = lang(gold.source);
  const targets = gold.targets.map(lang);
  const texts = Object.fromEntries([source, ...targets].map((l) => [l, paragraphsOf(dir, l)])) as Record<Lang, string[]>;
  const draft = buildDraft(
    { lang: source, paragraphs: texts[source] },
    targets.map((l) => ({ lang: l, paragraphs: texts[l] })),
  );

  it('produces exactly the gold rows', () => {
    const expected = gold.rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([l, indices]) => [l, indices.map((i) => texts[lang(l)][i])])),
    );
    expect(draft.rows.map((r) => r.cells)).toEqual(expected);
  });

  it('lists the source first and is confident about every row', () => {
    expect(draft.languages).toEqual([source, ...targets]);
    expect(draft.sourceLang).toBe(source);
    expect(draft.omitted).toEqual([]);
    for (const row of draft.rows) expect(row.confidence).toBeGreaterThan(LOW_CONFIDENCE);
  });

  it('is deterministic', () => {
    const again = buildDraft(
      { lang: source, paragraphs: texts[source] },
      targets.map((l) => ({ lang: l, paragraphs: texts[l] })),
    );
    expect(again).toEqual(draft);
  });
});

describe('buildDraft', () => {
  const en = paragraphsOf('zh-merged/', 'en');
  const ru = paragraphsOf('zh-merged/', 'ru');
  const note =
    'Примечание переводчика: в 2023 году уезд переименовали, но местные жители по-прежнему называют его по-старому, и мы сохраняем старое название во всём тексте.';

  it('puts the merged zh cell and the split ru parts in the row of their source', () => {
    const draft = buildDraft({ lang: 'en', paragraphs: paragraphsOf('', 'en') }, [
      { lang: 'zh', paragraphs: paragraphsOf('', 'zh') },
      { lang: 'ru', paragraphs: paragraphsOf('', 'ru') },
    ]);
    const boat = draft.rows[5];
    expect(boat && cellOf(boat, 'en')).toHaveLength(2);
    expect(boat && cellOf(boat, 'zh')).toHaveLength(1);
    expect(boat && cellOf(boat, 'zh')[0]).toMatch(/^现在这条船.*面包车送书。$/);
    const idea = draft.rows[2];
    expect(idea && cellOf(idea, 'ru').map((p) => p.slice(0, 6))).toEqual(['Идея п', 'Весной']);
  });

  it('attaches target text without source to the previous row and flags it', () => {
    const draft = buildDraft({ lang: 'en', paragraphs: en }, [{ lang: 'ru', paragraphs: [...ru, note] }]);
    expect(draft.rows).toHaveLength(en.length);
    const last = draft.rows[en.length - 1];
    expect(last && cellOf(last, 'ru')).toEqual([ru[ru.length - 1], note]);
    expect(last?.confidence).toBeLessThanOrEqual(NO_SOURCE_CONFIDENCE);
    expect(draft.rows.filter((r) => r.confidence <= NO_SOURCE_CONFIDENCE)).toHaveLength(1);
  });

  it('attaches leading target text without source to the first row', () => {
    const draft = buildDraft({ lang: 'en', paragraphs: en }, [{ lang: 'ru', paragraphs: [note, ...ru] }]);
    const first = draft.rows[0];
    expect(first && cellOf(first, 'ru')).toEqual([note, ru[0]]);
    expect(first?.confidence).toBeLessThanOrEqual(NO_SOURCE_CONFIDENCE);
    expect(draft.rows[1]?.confidence).toBeGreaterThan(NO_SOURCE_CONFIDENCE);
  });

  it('gives every row confidence 1 when only the source is imported', () => {
    const draft = buildDraft({ lang: 'en', paragraphs: ['One.', 'Two.'] }, []);
    expect(draft).toEqual({
      sourceLang: 'en',
      languages: ['en'],
      rows: [
        { cells: { en: ['One.'] }, confidence: 1 },
        { cells: { en: ['Two.'] }, confidence: 1 },
      ],
      omitted: [],
    });
  });

  it('keeps an empty target as empty cells and a source paragraph the target lacks as an empty cell', () => {
    const draft = buildDraft({ lang: 'en', paragraphs: ['One.'] }, [{ lang: 'zh', paragraphs: [] }]);
    expect(draft.rows).toEqual([{ cells: { en: ['One.'], zh: [] }, confidence: 1 }]);
  });

  it('keeps target text even when there is no source text, in a row without source', () => {
    const draft = buildDraft({ lang: 'en', paragraphs: [] }, [{ lang: 'zh', paragraphs: ['一。'] }]);
    expect(draft.rows).toEqual([{ cells: { en: [], zh: ['一。'] }, confidence: NO_SOURCE_CONFIDENCE }]);
  });

  it('refuses a language given twice', () => {
    expect(() => buildDraft({ lang: 'en', paragraphs: ['a'] }, [{ lang: 'en', paragraphs: ['b'] }])).toThrow(RangeError);
  });
});
