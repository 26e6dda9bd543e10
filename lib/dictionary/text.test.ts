import { describe, expect, it } from 'vitest';
import { foldRussian, segmentAt, stripReadingMarks, stripWithPosition, trimToWord } from './text';

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

describe('stripWithPosition', () => {
  it('maps a position past soft hyphens and stress marks into the plain text', () => {
    const marked = 'со\u00ADтру\u0301д\u00ADни\u00ADчест\u00ADво и';
    const at = marked.indexOf('д');
    expect(stripWithPosition(marked, at)).toEqual({ text: 'сотрудничество и', at: 'сотру'.length });
    expect(stripWithPosition(marked, marked.length)).toEqual({ text: 'сотрудничество и', at: 16 });
  });
});

describe('segmentAt', () => {
  it('finds the word under a position, or the one ending there', () => {
    expect(segmentAt('Russia and China, together.', 12, 'en')).toEqual({ word: 'China', start: 11 });
    expect(segmentAt('Russia and China, together.', 16, 'en')).toEqual({ word: 'China', start: 11 });
    expect(segmentAt('укрепляют сотрудничество', 3, 'ru')).toEqual({ word: 'укрепляют', start: 0 });
    expect(segmentAt('Russia and China', 6, 'en')).toEqual({ word: 'Russia', start: 0 });
    expect(segmentAt(' , ', 1, 'en')).toBeNull();
  });
});
