import { sourceHash } from '../content/hash';
import type { ExchangeDocument, ExchangeTranslation } from './model';

const t = (text: string, extra: Partial<ExchangeTranslation> = {}): ExchangeTranslation => ({
  text,
  status: 'draft',
  sourceHash: '',
  version: 1,
  by: null,
  comment: null,
  ...extra,
});

/**
 * A small document that exercises every state an exchange format must carry: checked,
 * draft, rejected with a comment, outdated, missing, a translator's note, and texts with
 * markup characters, quotes, a tab and a line break. Shared by the format tests.
 */
export function sampleDocument(): ExchangeDocument {
  const sources = {
    title: 'Tea & the <Silk> Road',
    p1: 'Caravans crossed the steppe in "spring".',
    p2: 'Line one\nline two\twith a tab.',
    p3: 'Prices rose by 5 %.',
    p4: 'An untranslated closing line.',
  };
  const source = (id: keyof typeof sources) => t(sources[id], { sourceHash: sourceHash(sources[id]), status: 'draft' });
  const stamped = (id: keyof typeof sources) => sourceHash(sources[id]);
  return {
    id: 'tea-road',
    sourceLang: 'en',
    languages: ['en', 'zh', 'ru'],
    segments: [
      {
        id: 'title',
        kind: 'title',
        notes: { zh: '“丝绸之路”按惯例译。' },
        translations: {
          en: source('title'),
          zh: t('茶与<丝绸>之路', { status: 'checked', sourceHash: stamped('title'), version: 3, by: 'li@example.org' }),
          ru: t('Чай и «Шёлковый» путь', { sourceHash: stamped('title'), version: 2, by: 'olga@example.org' }),
        },
      },
      {
        id: 'p1',
        kind: 'paragraph',
        notes: {},
        translations: {
          en: source('p1'),
          zh: t('驼队在“春天”穿越草原。', { sourceHash: stamped('p1') }),
          ru: t('Караваны пересекали степь «весной».', {
            status: 'rejected',
            sourceHash: stamped('p1'),
            version: 4,
            by: 'ivan@example.org',
            comment: 'Keep the quotation marks of the source.',
          }),
        },
      },
      {
        id: 'p2',
        kind: 'paragraph',
        notes: { ru: 'Перенос строки сохранён.' },
        translations: {
          en: source('p2'),
          zh: t('第一行\n第二行\t带制表符。', { sourceHash: stamped('p2') }),
          ru: t('Строка один\nстрока два\tс табуляцией.', { status: 'checked', sourceHash: stamped('p2'), version: 2 }),
        },
      },
      {
        id: 'p3',
        kind: 'paragraph',
        notes: {},
        translations: {
          en: source('p3'),
          // Checked against an earlier source: outdated.
          zh: t('价格上涨了5%。', {
            status: 'checked',
            sourceHash: sourceHash('Prices rose.'),
            version: 5,
            by: 'li@example.org',
          }),
        },
      },
      { id: 'p4', kind: 'note', notes: {}, translations: { en: source('p4') } },
    ],
  };
}
