import { describe, expect, it } from 'vitest';
import { looksLikeHeading, sentenceMarks } from './shape';

describe('looksLikeHeading', () => {
  it('accepts short lines without a final stop', () => {
    expect(looksLikeHeading('The River Road', 12)).toBe(true);
    expect(looksLikeHeading('第一章 归来', 15)).toBe(true);
    expect(looksLikeHeading('What now?', 8)).toBe(true);
  });
  it('rejects sentences, dialogue and long lines', () => {
    expect(looksLikeHeading('He left.', 7)).toBe(false);
    expect(looksLikeHeading('他走了。', 12)).toBe(false);
    expect(looksLikeHeading('«Иди сюда», — сказал он', 20)).toBe(false);
    expect(looksLikeHeading('x'.repeat(100), 100)).toBe(false);
    expect(looksLikeHeading('They met. Why?', 12)).toBe(false);
  });
});

describe('sentenceMarks', () => {
  it('counts runs of ? and ! in both widths', () => {
    expect(sentenceMarks('Why? Really?! 真的吗？太好了！')).toEqual(['?', '?', '?', '!']);
  });
});
