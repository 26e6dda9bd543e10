import { describe, expect, it } from 'vitest';
import { russianStem } from './russian';

describe('russianStem', () => {
  it('brings the inflected forms of a word to one stem', () => {
    const groups = [
      ['стратегический', 'стратегического', 'стратегическими', 'стратегическая'],
      ['сотрудничество', 'сотрудничества', 'сотрудничеством', 'сотрудничеству'],
      ['страна', 'страны', 'странами', 'стран', 'странах'],
      ['отношение', 'отношений', 'отношениях', 'отношения'],
      ['укреплять', 'укрепляют', 'укрепляет', 'укреплял', 'укреплялось'],
      ['Россия', 'России', 'Россией'],
    ];
    for (const forms of groups) {
      const stems = new Set(forms.map(russianStem));
      expect(stems.size, forms.join(', ')).toBe(1);
    }
  });

  it('ignores case, ё against е, stress marks and soft hyphens', () => {
    expect(russianStem('Партнёрства')).toBe(russianStem('партнерство'));
    expect(russianStem('сотру\u0301д\u00ADничества')).toBe(russianStem('сотрудничество'));
  });

  it('keeps different words apart', () => {
    expect(russianStem('стол')).not.toBe(russianStem('стало'));
    expect(russianStem('мир')).not.toBe(russianStem('мера'));
  });
});
