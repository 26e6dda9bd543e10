import { describe, expect, it } from 'vitest';
import type { ImportDraft } from './draft';
import { withTitle } from './title';

const row = (en: string, ru: string) => ({ cells: { en: [en], ru: ru === '' ? [] : [ru] }, confidence: 0.9 });
const draftOf = (...rows: ReturnType<typeof row>[]): ImportDraft => ({
  sourceLang: 'en',
  languages: ['en', 'ru'],
  rows,
  omitted: [],
});

describe('withTitle', () => {
  it('takes a first row that looks like a title out of the rows and into the title, in every language', () => {
    const titled = withTitle(
      draftOf(
        row('The Floating Library', 'Плавучая библиотека'),
        row('1. The boat', '1. Лодка'),
        row('Every Saturday a boat carries books up the river.', 'Каждую субботу лодка везёт книги вверх по реке.'),
      ),
    );
    expect(titled.title).toEqual({ en: 'The Floating Library', ru: 'Плавучая библиотека' });
    expect(titled.rows.map((r) => [r.cells.en?.[0], r.kind])).toEqual([
      ['1. The boat', 'heading'],
      ['Every Saturday a boat carries books up the river.', 'paragraph'],
    ]);
  });

  it('keeps a first paragraph as a paragraph and suggests its first sentence, shortened, as the title', () => {
    const long =
      'Every Saturday since 1987, a flat-bottomed boat has carried books up the Qingshui River to villages that have no library. It still sails.';
    const titled = withTitle(draftOf(row(long, ''), row('Second.', 'Второе.')));
    expect(titled.rows).toHaveLength(2);
    expect(titled.rows[0]?.kind).toBe('paragraph');
    expect(titled.title?.ru).toBeUndefined();
    const suggested = titled.title?.en ?? '';
    expect(suggested.endsWith('…')).toBe(true);
    expect(suggested.length).toBeLessThanOrEqual(81);
    expect(long.startsWith(suggested.slice(0, -1))).toBe(true);
    expect(withTitle(draftOf(row('It sails.', ''))).title).toEqual({ en: 'It sails.' });
  });
});
