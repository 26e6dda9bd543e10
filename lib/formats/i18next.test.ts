import { describe, expect, it } from 'vitest';
import { readI18next, writeI18next } from './i18next';
import { planImport } from './plan';
import { sampleDocument } from './sample';

describe('writeI18next', () => {
  it('writes one language in segment order, missing translations left out, two-space JSON with a final newline', () => {
    expect(writeI18next(sampleDocument(), 'ru')).toBe(
      '{\n  "title": "Чай и «Шёлковый» путь",\n  "p1": "Караваны пересекали степь «весной».",\n  "p2": "Строка один\\nстрока два\\tс табуляцией."\n}\n',
    );
  });
});

describe('readI18next', () => {
  it('round trip: unchanged; one edited value is one change', () => {
    const json = writeI18next(sampleDocument(), 'zh');
    expect(planImport(sampleDocument(), readI18next(json, 'zh'))).toMatchObject({ changed: [], added: [], unchanged: 4 });
    const edited = json.replace('驼队在“春天”穿越草原。', '驼队春天穿越草原。');
    expect(planImport(sampleDocument(), readI18next(edited, 'zh')).changed).toHaveLength(1);
  });

  it('refuses broken JSON, nested objects and unknown keys by name', () => {
    expect(() => readI18next('{"title": ', 'zh')).toThrow(/^not valid JSON/);
    expect(() => readI18next('{"title": {"a": "b"}}', 'zh')).toThrow(/^key "title": /);
    expect(() => planImport(sampleDocument(), readI18next('{"nope": "x"}', 'zh'))).toThrow(
      'key "nope": tea-road has no segment "nope"',
    );
  });
});
