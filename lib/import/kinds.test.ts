import { describe, expect, it } from 'vitest';
import { guessKind, hasSectionNumber } from './kinds';

describe('guessKind', () => {
  it.each([
    ['The Floating Library', 'en'],
    ['Плавучая библиотека', 'ru'],
    ['漂流图书馆', 'zh'],
    ['1. The boat and its route', 'en'],
  ] as const)('takes a short first line without a final stop as the title: %s', (text, lang) => {
    expect(guessKind(text, 0, lang)).toBe('title');
  });

  it('does not take a sentence or a long first line as the title', () => {
    expect(guessKind('Every Saturday a boat carries books up the river.', 0, 'en')).toBe('paragraph');
    expect(guessKind('为什么是二十二？', 0, 'zh')).toBe('paragraph');
    expect(guessKind('A'.repeat(200), 0, 'en')).toBe('paragraph');
  });

  it.each([
    ['1. The boat and its route', 'en'],
    ['1.2 Scope', 'en'],
    ['II. The people on board', 'en'],
    ['Chapter 3', 'en'],
    ['Part IV. Conclusions.', 'en'],
    ['2. Люди на борту', 'ru'],
    ['Глава 1. Начало.', 'ru'],
    ['一、船与航线', 'zh'],
    ['（三）经费来源。', 'zh'],
    ['第一章 总则', 'zh'],
    ['Background', 'en'],
    ['Итоги года', 'ru'],
    ['后记', 'zh'],
  ] as const)('takes a short numbered line or one without a final stop as a heading: %s', (text, lang) => {
    expect(guessKind(text, 3, lang)).toBe('heading');
  });

  it.each([
    ['The route is 38 kilometres long and stops at 14 villages.', 'en'],
    ['Why twenty-two?', 'en'],
    ['He says: "Because the children are waiting at the landing."', 'en'],
    ['Он отвечает: «Потому что дети ждут на пристани».', 'ru'],
    ['他说：“因为孩子们在码头等着。”', 'zh'],
    ['1962 was the year the lighthouse was built.', 'en'],
    ['100 Chinese students came to the library.', 'en'],
    ['C. S. Lewis wrote seven books about Narnia.', 'en'],
  ] as const)('takes a line with a final stop and no numbering as a paragraph: %s', (text, lang) => {
    expect(guessKind(text, 3, lang)).toBe('paragraph');
  });

  it('takes long lines as paragraphs even when numbered or without a stop', () => {
    expect(guessKind(`1. ${'word '.repeat(40)}`, 3, 'en')).toBe('paragraph');
    expect(guessKind(`一、${'本协议适用于全部成员'.repeat(6)}。`, 3, 'zh')).toBe('paragraph');
    expect(guessKind('一、本协议适用于全部成员。', 3, 'zh')).toBe('heading');
  });

  it('weights Chinese characters so that limits mean the same amount of text', () => {
    const zh = '船'.repeat(60);
    expect(guessKind(zh, 3, 'zh')).toBe('paragraph');
    expect(guessKind(zh.slice(0, 50), 3, 'zh')).toBe('heading');
  });

  it('treats empty text as a paragraph', () => {
    expect(guessKind('  ', 0, 'en')).toBe('paragraph');
  });
});

describe('hasSectionNumber', () => {
  it('knows the numbering styles of all three languages', () => {
    for (const line of ['I. A', '1. A', '1.2 A', '1.2. A', '一、甲', '（一）甲', '(2) 甲', '第二章', 'Глава 1', 'chapter 12']) {
      expect(hasSectionNumber(line), line).toBe(true);
    }
    for (const line of ['Items 1. A', 'Chapters', 'Part of it', 'Главное', '一个人', '2006年建成', '100年来', '3 A']) {
      expect(hasSectionNumber(line), line).toBe(false);
    }
  });
});
