import { describe, expect, it } from 'vitest';
import { validateContent } from '../content/validate';
import { writeContentFiles, writeReviewState } from './content';
import { sampleDocument } from './sample';

describe('writeReviewState', () => {
  it('one line per translation a plain import would not restore, by target language in segment order', () => {
    expect(writeReviewState(sampleDocument())).toBe(
      [
        '{',
        '  "zh": {',
        '    "title": {"status":"checked","by":"li@example.org"},',
        `    "p3": {"status":"checked","by":"li@example.org","sourceHash":"${sampleDocument().segments[3]?.translations.zh?.sourceHash}"}`,
        '  },',
        '  "ru": {',
        '    "title": {"status":"draft","by":"olga@example.org"},',
        '    "p1": {"status":"rejected","by":"ivan@example.org","comment":"Keep the quotation marks of the source."},',
        '    "p2": {"status":"checked"}',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('writeContentFiles', () => {
  it('writes files that validate as a content folder with the same texts, notes and review state', () => {
    const files = writeContentFiles(sampleDocument());
    expect(Object.keys(files)).toEqual(['document.json', 'en.json', 'zh.json', 'ru.json', 'review.json']);
    const parse = (name: string) => JSON.parse(files[name] ?? 'null') as unknown;
    const result = validateContent({
      dir: 'content/tea-road',
      manifest: parse('document.json'),
      resources: { 'en.json': parse('en.json'), 'zh.json': parse('zh.json'), 'ru.json': parse('ru.json') },
      review: parse('review.json'),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.document.segments.map((s) => [s.id, s.kind, s.notes])).toEqual([
      ['title', 'title', { zh: '“丝绸之路”按惯例译。' }],
      ['p1', 'paragraph', {}],
      ['p2', 'paragraph', { ru: 'Перенос строки сохранён.' }],
      ['p3', 'paragraph', {}],
      ['p4', 'note', {}],
    ]);
    expect(result.document.texts.zh?.p2).toBe('第一行\n第二行\t带制表符。');
    expect(result.document.review?.ru?.p1).toEqual({
      status: 'rejected',
      by: 'ivan@example.org',
      comment: 'Keep the quotation marks of the source.',
    });
  });

  it('review.json naming a translation with no text, or the source language, is an error naming the segment', () => {
    const files = writeContentFiles(sampleDocument());
    const parse = (name: string) => JSON.parse(files[name] ?? 'null') as unknown;
    const result = validateContent({
      dir: 'content/tea-road',
      manifest: parse('document.json'),
      resources: { 'en.json': parse('en.json'), 'zh.json': parse('zh.json'), 'ru.json': parse('ru.json') },
      review: { ru: { p4: { status: 'checked' } }, en: {} },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        file: 'content/tea-road/review.json',
        segmentId: 'p4',
        message: 'a review state for "ru", which has no text for this segment',
      },
      { file: 'content/tea-road/review.json', message: '"en" is not a target language of this document' },
    ]);
  });
});
