import { describe, expect, it } from 'vitest';
import { foldRussian, stripReadingMarks, trimToWord } from './text';

describe('reading marks', () => {
  it('strips soft hyphens and stress marks, keeping ё and accented Latin letters', () => {
    expect(stripReadingMarks('со\u00ADтру\u0301д\u00ADни\u00ADчест\u00ADво')).toBe('сотрудничество');
    expect(stripReadingMarks('ещё')).toBe('ещё');
    expect(stripReadingMarks('cafe\u0301')).toBe('café');
  });

  it('folds Russian to lowercase with е for ё', () => {
    expect(foldRussian('Всё\u0301')).toBe('все');
  });

  it('trims punctuation and quotes around a word, not inside it', () => {
    expect(trimToWord('«co-operation»,')).toBe('co-operation');
    expect(trimToWord("(world's)")).toBe("world's");
  });
});
