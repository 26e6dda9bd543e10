import { describe, expect, it } from 'vitest';
import { addColumn, moveColumn, parseColumns, removeColumn, serializeColumns } from './columns';

const all = ['en', 'zh', 'ru'] as const;

describe('parseColumns', () => {
  it('keeps the order given', () => {
    expect(parseColumns('ru,en', all)).toEqual(['ru', 'en']);
    expect(parseColumns('zh', all)).toEqual(['zh']);
  });

  it('drops unknown, unavailable and repeated languages, tolerating case and spaces', () => {
    expect(parseColumns(' ZH , de,zh,ru', all)).toEqual(['zh', 'ru']);
    expect(parseColumns('en,ru', ['en', 'zh'])).toEqual(['en']);
  });

  it('falls back to the document order when nothing usable is given', () => {
    expect(parseColumns(undefined, all)).toEqual(['en', 'zh', 'ru']);
    expect(parseColumns('', all)).toEqual(['en', 'zh', 'ru']);
    expect(parseColumns('xx,yy', ['zh', 'en'])).toEqual(['zh', 'en']);
  });

  it('joins a repeated query parameter', () => {
    expect(parseColumns(['ru', 'zh'], all)).toEqual(['ru', 'zh']);
  });

  it('serializes back to the query form', () => {
    expect(serializeColumns(parseColumns('ru,zh', all))).toBe('ru,zh');
  });
});

describe('column operations', () => {
  it('moves a column left or right, and refuses to move past an edge', () => {
    expect(moveColumn(['en', 'zh', 'ru'], 1, -1)).toEqual(['zh', 'en', 'ru']);
    expect(moveColumn(['en', 'zh', 'ru'], 1, 1)).toEqual(['en', 'ru', 'zh']);
    expect(moveColumn(['en', 'zh'], 0, -1)).toBeUndefined();
    expect(moveColumn(['en', 'zh'], 1, 1)).toBeUndefined();
  });

  it('removes a column but never the last one', () => {
    expect(removeColumn(['en', 'zh', 'ru'], 0)).toEqual(['zh', 'ru']);
    expect(removeColumn(['zh'], 0)).toBeUndefined();
  });

  it('adds a language at the end, at most three and each once', () => {
    expect(addColumn(['zh'], 'en')).toEqual(['zh', 'en']);
    expect(addColumn(['zh', 'en'], 'zh')).toBeUndefined();
    expect(addColumn(['zh', 'en', 'ru'], 'en')).toBeUndefined();
  });
});
