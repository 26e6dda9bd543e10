import { describe, expect, it } from 'vitest';
import { type FilterableRow, filtersToQuery, matchesFilters, parseFilters } from './filter';

const row = (over: Partial<FilterableRow['target']> = {}, extra: Partial<FilterableRow> = {}): FilterableRow => ({
  source: 'The Silk Road Economic Belt',
  target: { text: '丝绸之路经济带', status: 'draft', outdated: false, ...over },
  others: [{ text: 'Экономический пояс Шёлкового пути' }],
  comments: [],
  ...extra,
});

describe('parseFilters / filtersToQuery', () => {
  it('round-trips every filter', () => {
    const filters = { status: 'rejected', outdated: true, comments: true, q: 'ЕАЭС' } as const;
    expect(parseFilters(filtersToQuery(filters))).toEqual(filters);
  });

  it('ignores unknown values and blank searches', () => {
    expect(parseFilters({ status: 'approved', outdated: 'yes', q: '   ' })).toEqual({});
    expect(parseFilters({ status: ['checked', 'draft'] })).toEqual({ status: 'checked' });
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

  it('needs every filter to pass', () => {
    expect(matchesFilters(row(), { status: 'draft', q: 'Eurasian' })).toBe(false);
  });
});
