import { describe, expect, it } from 'vitest';
import { checkRuDashes } from './ruDashes';
import { qaInput } from './testInput';

describe('checkRuDashes', () => {
  it('accepts the em dash, hyphens in words and en dashes in ranges', () => {
    expect(checkRuDashes(qaInput('x', 'Россия и\u00a0Китай\u00a0— соседи; 25–26 марта; китайско-российский', 'ru'))).toEqual([]);
  });
  it('flags a hyphen, en dash or double hyphen between spaces', () => {
    expect(checkRuDashes(qaInput('x', 'Россия - сосед, Китай – тоже, и -- вот', 'ru'))[0]?.values.items).toBe('- – --');
  });
  it('does not apply to English or Chinese', () => {
    expect(checkRuDashes(qaInput('x', 'Russia - a neighbour', 'en', { sourceLang: 'ru' }))).toEqual([]);
    expect(checkRuDashes(qaInput('x', '中国 - 俄罗斯', 'zh'))).toEqual([]);
  });
});
