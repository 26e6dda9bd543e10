import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../content/schema';
import { idProblem, MAX_SLUG, slugify, suggestId } from './slug';

describe('slugify', () => {
  it.each([
    ['War and Peace 1', 'war-and-peace-1'],
    ['  The Floating Library!  ', 'the-floating-library'],
    ['Café au lait — naïve', 'cafe-au-lait-naive'],
    ["Don't Panic", 'dont-panic'],
    ['Война и мир, том 1', 'voyna-i-mir-tom-1'],
    ['Щука и ёж: Хроники', 'shchuka-i-ezh-khroniki'],
    ['Чжоу Минь', 'chzhou-min'],
    ['第1章 The Boat', '1-the-boat'],
    ['漂流图书馆', ''],
    ['---', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    if (slug !== '') expect(slug).toMatch(ID_PATTERN);
  });

  it('cuts a long title at a word, never past MAX_SLUG', () => {
    const slug = slugify('A very long title that goes on and on about the history of river libraries in China');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(slug).toMatch(ID_PATTERN);
    expect(slug).toBe('a-very-long-title-that-goes-on-and-on-about-the-history-of');
  });
});

describe('suggestId', () => {
  it('uses the source title, else a translation’s, Chinese last', () => {
    expect(suggestId({ en: 'War and Peace 1', ru: 'Война и мир 1' }, ['en', 'ru'])).toBe('war-and-peace-1');
    expect(suggestId({ zh: '漂流图书馆', en: 'The Floating Library' }, ['zh', 'en'])).toBe('the-floating-library');
    expect(suggestId({ zh: '漂流图书馆', ru: 'Плавучая библиотека' }, ['zh', 'ru'])).toBe('plavuchaya-biblioteka');
  });

  it('falls back to doc- and a stable hash when no title has a Latin or Cyrillic letter', () => {
    const id = suggestId({ zh: '漂流图书馆' }, ['zh', 'en']);
    expect(id).toMatch(/^doc-[0-9a-z]{1,7}$/);
    expect(id).toMatch(ID_PATTERN);
    expect(suggestId({ zh: '漂流图书馆' }, ['zh', 'en'])).toBe(id);
    expect(suggestId({ zh: '第二章' }, ['zh'])).not.toBe(id);
  });
});

describe('idProblem', () => {
  it('accepts a valid id', () => {
    expect(idProblem('war-and-peace-1')).toBeUndefined();
  });

  it('says what is wrong and suggests a valid id', () => {
    expect(idProblem('')).toEqual({ code: 'empty' });
    expect(idProblem('War and Peace 1')).toEqual({ code: 'space', suggestion: 'war-and-peace-1' });
    expect(idProblem('War-And-Peace')).toEqual({ code: 'uppercase', suggestion: 'war-and-peace' });
    expect(idProblem('war_and_peace')).toEqual({ code: 'character', character: '_', suggestion: 'war-and-peace' });
    expect(idProblem('война')).toEqual({ code: 'character', character: 'в', suggestion: 'voyna' });
    expect(idProblem('-war--peace-')).toEqual({ code: 'hyphens', suggestion: 'war-peace' });
  });
});
