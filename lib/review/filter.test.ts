import { describe, expect, it } from 'vitest';
import { type FilterableRow, filtersToQuery, foldForSearch, matchesFilters, parseFilters } from './filter';

const row = (over: Partial<FilterableRow['target']> = {}, extra: Partial<FilterableRow> = {}): FilterableRow => ({
  source: 'The Silk Road Economic Belt',
  target: { text: '丝绸之路经济带', status: 'draft', outdated: false, ...over },
  others: [{ text: 'Экономический пояс Шёлкового пути' }],
  comments: [],
  ...extra,
});

describe('parseFilters / filtersToQuery', () => {
  it('round-trips every filter', () => {
    const filters = { status: 'rejected', outdated: true, comments: true, q: 'ЕАЭС', check: 'numbers' } as const;
    expect(parseFilters(filtersToQuery(filters))).toEqual(filters);
  });

  it('ignores unknown values and blank searches', () => {
    expect(parseFilters({ status: 'approved', outdated: 'yes', q: '   ' })).toEqual({});
    expect(parseFilters({ status: ['checked', 'draft'] })).toEqual({ status: 'checked' });
    expect(parseFilters({ check: 'spelling' })).toEqual({});
  });
});

describe('matchesFilters', () => {
  it('filters by status, outdated and comments', () => {
    expect(matchesFilters(row(), { status: 'draft' })).toBe(true);
    expect(matchesFilters(row(), { status: 'checked' })).toBe(false);
    expect(matchesFilters(row({ outdated: true }), { outdated: true })).toBe(true);
    expect(matchesFilters(row(), { outdated: true })).toBe(false);
    expect(matchesFilters(row({}, { comments: [{}] }), { comments: true })).toBe(true);
    expect(matchesFilters(row(), { comments: true })).toBe(false);
  });

  it('searches source, translation and the other languages, ignoring case', () => {
    expect(matchesFilters(row(), { q: 'silk road' })).toBe(true);
    expect(matchesFilters(row(), { q: '经济带' })).toBe(true);
    expect(matchesFilters(row(), { q: 'шёлкового' })).toBe(true);
    expect(matchesFilters(row(), { q: 'Eurasian' })).toBe(false);
  });

  it('filters by a failing quality check', () => {
    expect(matchesFilters(row({}, { failing: ['numbers', 'glossary'] }), { check: 'numbers' })).toBe(true);
    expect(matchesFilters(row({}, { failing: ['glossary'] }), { check: 'numbers' })).toBe(false);
    expect(matchesFilters(row(), { check: 'numbers' })).toBe(false);
  });

  it('needs every filter to pass', () => {
    expect(matchesFilters(row(), { status: 'draft', q: 'Eurasian' })).toBe(false);
  });
});

describe('foldForSearch', () => {
  it('reads ё as е, and folds case in Cyrillic and Latin', () => {
    expect(foldForSearch('Ёлка ЕЩЁ')).toBe('елка еще');
    expect(foldForSearch('Belt AND Road')).toBe('belt and road');
  });

  it('keeps й apart from и', () => {
    expect(foldForSearch('Китайский')).toBe('китайский');
    expect(foldForSearch('Китайский')).not.toBe(foldForSearch('Китаиский'));
  });

  it('drops stress marks', () => {
    expect(foldForSearch('сотру\u0301дничество')).toBe('сотрудничество');
  });

  it('folds full-width forms to their plain counterparts', () => {
    expect(foldForSearch('ＷＴＯ　２０１６')).toBe('wto 2016');
  });

  it('leaves Han characters alone', () => {
    expect(foldForSearch('中俄战略协作')).toBe('中俄战略协作');
  });
});

describe('matchesFilters search', () => {
  const searchRow = (text: string) => ({
    source: 'Strategic cooperation',
    target: { text, status: 'draft' as const, outdated: false },
    others: [{ text: '中俄战略协作，２０１６年' }],
    comments: [],
  });

  it('finds Russian with or without ё, in any case', () => {
    expect(matchesFilters(searchRow('Ещё одно соглашение'), { q: 'ЕЩЕ' })).toBe(true);
    expect(matchesFilters(searchRow('Еще одно соглашение'), { q: 'ещё' })).toBe(true);
  });

  it('finds full-width digits with plain ones and the reverse', () => {
    expect(matchesFilters(searchRow('x'), { q: '2016' })).toBe(true);
    expect(matchesFilters(searchRow('x'), { q: 'STRATEGIC' })).toBe(true);
    expect(matchesFilters(searchRow('x'), { q: 'strategy' })).toBe(false);
  });
});
