import { describe, expect, it } from 'vitest';
import { splitSentences } from './split';

describe('splitSentences: English', () => {
  const en = (t: string) => splitSentences(t, 'en');
  it('splits plain sentences and keeps ? and !', () => {
    expect(en('It rained. We stayed in! Did you? Yes.')).toEqual(['It rained.', 'We stayed in!', 'Did you?', 'Yes.']);
  });
  it.each([
    ['Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    ['Fruit, e.g. apples, i.e. food. Good.', ['Fruit, e.g. apples, i.e. food.', 'Good.']],
    ['He sold pens, ink, etc. Then he left.', ['He sold pens, ink, etc.', 'Then he left.']],
    ['It opened on Jan. 5 in Ohio. Crowds came.', ['It opened on Jan. 5 in Ohio.', 'Crowds came.']],
    ['The U.S. Navy sailed. It was late.', ['The U.S. Navy sailed.', 'It was late.']],
    ['She lived in the U.S. The war began.', ['She lived in the U.S.', 'The war began.']],
  ])('handles abbreviations: %s', (text, expected) => {
    expect(en(text)).toEqual(expected);
  });
  it('keeps initials with the name', () => {
    expect(en('He loved J. R. R. Tolkien. So did I.')).toEqual(['He loved J. R. R. Tolkien.', 'So did I.']);
  });
  it('does not split decimals or grouped numbers', () => {
    expect(en('Pi is 3.14 and the debt 1.000.000 or 3,14. Right.')).toEqual([
      'Pi is 3.14 and the debt 1.000.000 or 3,14.',
      'Right.',
    ]);
  });
  it('handles ellipsis', () => {
    expect(en('Well... maybe. Wait… Now go.')).toEqual(['Well... maybe.', 'Wait…', 'Now go.']);
  });
  it('keeps closing quotes with the sentence', () => {
    expect(en('He said, "Go." She went. "Why?" he asked. \u201cFine.\u201d Done.')).toEqual([
      'He said, "Go."',
      'She went.',
      '"Why?" he asked.',
      '\u201cFine.\u201d',
      'Done.',
    ]);
  });
  it('ends a sentence on a number', () => {
    expect(en('It closed in 2016. Nobody cared.')).toEqual(['It closed in 2016.', 'Nobody cared.']);
  });
  it('keeps a list marker with its item', () => {
    expect(en('1. Buy bread. Then milk.')).toEqual(['1. Buy bread.', 'Then milk.']);
    expect(en('II. Methods used')).toEqual(['II. Methods used']);
  });
  it('treats line breaks as spaces', () => {
    expect(en('One line\ncontinues. Next.')).toEqual(['One line continues.', 'Next.']);
  });
});

describe('splitSentences: Russian', () => {
  const ru = (t: string) => splitSentences(t, 'ru');
  it('handles т. е., т. д. and см.', () => {
    expect(ru('Это важно, т. е. нужно. Мы купили хлеб, соль и т. д. Потом ушли.')).toEqual([
      'Это важно, т. е. нужно.',
      'Мы купили хлеб, соль и т. д.',
      'Потом ушли.',
    ]);
    expect(ru('Подробнее см. Главу 2. Там всё.')).toEqual(['Подробнее см. Главу 2.', 'Там всё.']);
  });
  it('handles г. and гг. after years but not before a town', () => {
    expect(ru('Он родился в 1799 г. Потом вырос. Жил в г. Москве.')).toEqual([
      'Он родился в 1799 г.',
      'Потом вырос.',
      'Жил в г. Москве.',
    ]);
    expect(ru('В 1941–1945 гг. шла война. Это известно.')).toEqual(['В 1941–1945 гг. шла война.', 'Это известно.']);
  });
  it('keeps им. and initials with the name', () => {
    expect(ru('Театр им. Пушкина. Это А. С. Пушкин. Всё.')).toEqual(['Театр им. Пушкина.', 'Это А. С. Пушкин.', 'Всё.']);
  });
  it('keeps «» quotes and dialogue attribution together', () => {
    expect(ru('Он сказал: «Иди.» Я пошёл. «Куда?» — спросил он. — Домой! — Хорошо.')).toEqual([
      'Он сказал: «Иди.»',
      'Я пошёл.',
      '«Куда?» — спросил он.',
      '— Домой!',
      '— Хорошо.',
    ]);
  });
  it('does not split 3,14 or 3.14', () => {
    expect(ru('Число 3,14 и 3.14 равны. Да.')).toEqual(['Число 3,14 и 3.14 равны.', 'Да.']);
  });
});

describe('splitSentences: Chinese', () => {
  const zh = (t: string) => splitSentences(t, 'zh');
  it('splits on 。！？', () => {
    expect(zh('下雨了。我们留在家里！你呢？好。')).toEqual(['下雨了。', '我们留在家里！', '你呢？', '好。']);
  });
  it('keeps closing quotes with the sentence', () => {
    expect(zh('他说：“走吧。”我们就走了。「好！」')).toEqual(['他说：“走吧。”', '我们就走了。', '「好！」']);
  });
  it('splits after a double ellipsis but not a single one', () => {
    expect(zh('我想……也许吧。他走了…然后呢？')).toEqual(['我想……', '也许吧。', '他走了…然后呢？']);
  });
  it('keeps a short attribution after a quote', () => {
    expect(zh('“你来了？”他问。“是的。”')).toEqual(['“你来了？”他问。', '“是的。”']);
  });
  it('does not split on ASCII dots in numbers', () => {
    expect(zh('圆周率约为3.14。对。')).toEqual(['圆周率约为3.14。', '对。']);
  });
  it('detects the language when not given', () => {
    expect(splitSentences('你好。再见。')).toEqual(['你好。', '再见。']);
  });
});
