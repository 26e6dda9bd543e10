import { describe, expect, it } from 'vitest';
import { jointSentenceLinks, sentenceLinks, sentencePieces, translationSentenceLinks } from './sentences';

const join = (pieces: { text: string }[]) => pieces.map((p) => p.text).join('');

describe('sentencePieces', () => {
  it('keeps every character, including a non-breaking space between sentences', () => {
    const text = 'The train left at 23:40.\u00a0It was late. Nobody minded.';
    const pieces = sentencePieces(text, 'en');
    expect(join(pieces)).toBe(text);
    expect(pieces.filter((p) => p.sentence !== null).map((p) => p.sentence)).toEqual([0, 1, 2]);
  });

  it('cuts Chinese at full-width stops', () => {
    const text = '列车晚点了。我们没有在意！终于到了。';
    const pieces = sentencePieces(text, 'zh');
    expect(pieces.map((p) => p.text)).toEqual(['列车晚点了。', '我们没有在意！', '终于到了。']);
  });

  it('does not split after an abbreviation or an initial', () => {
    const pieces = sentencePieces('А. С. Пушкин родился в 1799 г. в Москве. Это известно.', 'ru');
    expect(pieces.filter((p) => p.sentence !== null)).toHaveLength(2);
  });
});

describe('sentenceLinks', () => {
  it('links each translated sentence to its source sentence(s)', () => {
    const source = 'The train left Novosibirsk at 23:40. It was twelve minutes late. We slept well.';
    const merged = 'Поезд отошёл от Новосибирска в 23:40 с опозданием на двенадцать минут. Мы хорошо выспались.';
    expect(sentenceLinks(source, 'en', merged, 'ru')).toEqual([[0, 1], [2]]);
    const zh = '列车于23:40驶离新西伯利亚。晚点了十二分钟。我们睡得很好。';
    expect(sentenceLinks(source, 'en', zh, 'zh')).toEqual([[0], [1], [2]]);
  });
});

describe('joint sentence links', () => {
  const source = 'The train left Novosibirsk at 23:40. It was twelve minutes late. We slept well.';
  const ru = 'Поезд отошёл от Новосибирска в 23:40 с опозданием на двенадцать минут. Мы хорошо выспались.';
  const zh = '列车于23:40驶离新西伯利亚。晚点了十二分钟。我们睡得很好。';

  it('links the sentences of two translations aligned together with their source', () => {
    expect(
      jointSentenceLinks(source, 'en', [
        { text: ru, lang: 'ru' },
        { text: zh, lang: 'zh' },
      ]),
    ).toEqual([
      [[0, 1], [2]],
      [[0, 1], [0, 1], [2]],
    ]);
  });

  it('aligns two translations jointly and one pairwise', () => {
    const both = translationSentenceLinks(source, 'en', [
      { text: ru, lang: 'ru' },
      { text: zh, lang: 'zh' },
    ]);
    expect(both.get('ru')).toEqual([[0, 1], [2]]);
    expect(both.get('zh')).toHaveLength(3);
    const one = translationSentenceLinks(source, 'en', [{ text: zh, lang: 'zh' }]);
    expect(one.get('zh')).toEqual([[0], [1], [2]]);
  });
});
