import { describe, expect, it } from 'vitest';
import { appendSentence, bestSentenceMatch, containsPattern, linkedTranslation, sentenceAnchors } from './sentences';

describe('linkedTranslation', () => {
  it('takes the target sentences linked to the source sentence alone', () => {
    const targets = ['湖很深。', '水很冷。', '我们走了。'];
    expect(linkedTranslation(targets, [[0], [1], [2]], 1, 'zh')).toBe('水很冷。');
    // One source sentence rendered by two target sentences: both, joined without a space in Chinese.
    expect(linkedTranslation(targets, [[0], [1], [1]], 1, 'zh')).toBe('水很冷。我们走了。');
    expect(linkedTranslation(['Озеро глубокое.', 'Вода холодная.'], [[0], [0]], 0, 'ru')).toBe('Озеро глубокое. Вода холодная.');
  });

  it('gives nothing for a sentence merged with a neighbour or without a counterpart', () => {
    expect(linkedTranslation(['The lake is deep and cold.'], [[0, 1]], 0, 'en')).toBeUndefined();
    expect(linkedTranslation(['The lake is deep.'], [[0]], 1, 'en')).toBeUndefined();
    expect(linkedTranslation(['The lake is deep.'], [[]], 0, 'en')).toBeUndefined();
  });
});

describe('appendSentence', () => {
  it('puts the sentence after the text, with a space except in Chinese', () => {
    expect(appendSentence('', 'Вода холодная.', 'ru')).toBe('Вода холодная.');
    expect(appendSentence('Озеро глубокое.  ', 'Вода холодная.', 'ru')).toBe('Озеро глубокое. Вода холодная.');
    expect(appendSentence('湖很深。', '水很冷。', 'zh')).toBe('湖很深。水很冷。');
    expect(appendSentence('   ', 'The water is cold.', 'en')).toBe('The water is cold.');
  });
});

describe('sentenceAnchors and containsPattern', () => {
  it('keeps a short sentence whole and takes both ends of a long one', () => {
    expect(sentenceAnchors(' 湖很深。 ')).toEqual(['湖很深。']);
    expect(sentenceAnchors('The water of the lake is cold.')).toEqual(['The water ', 'e is cold.']);
    const [first, last] = sentenceAnchors('贝加尔湖是世界上最深的湖泊之一。');
    expect(first).toBe('贝加尔湖是世');
    expect(last).toBe('的湖泊之一。');
  });

  it('escapes the LIKE wildcards', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});

describe('bestSentenceMatch', () => {
  const candidates = [
    { item: 'a', sources: ['The lake is deep.', 'The water is cold.'], translations: ['湖很深。', '水很冷。'] },
    { item: 'b', sources: ['The water is very cold.'], translations: ['水非常冷。'] },
    { item: 'c', sources: ['The water is cold.'], translations: [undefined] },
  ];

  it('prefers an exact sentence and says it is exact', () => {
    const best = bestSentenceMatch('The water is cold.', candidates);
    expect(best).toMatchObject({ item: 'a', source: 'The water is cold.', text: '水很冷。', match: { exact: true, score: 100 } });
  });

  it('falls back to a fuzzy sentence with its score, and to nothing below the minimum', () => {
    const best = bestSentenceMatch('The water is very cold!', candidates.slice(1));
    expect(best).toMatchObject({ item: 'b', text: '水非常冷。', match: { exact: false, edits: 1, length: 6, score: 83 } });
    expect(bestSentenceMatch('Nothing like it at all here.', candidates)).toBeUndefined();
  });

  it('skips sentences without a translation of their own', () => {
    expect(bestSentenceMatch('The water is cold.', candidates.slice(2))).toBeUndefined();
  });
});
