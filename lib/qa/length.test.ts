import { describe, expect, it } from 'vitest';
import { checkLength, lengthRange, lengthRatio, MIN_SOURCE_LENGTH } from './length';
import { qaInput } from './testInput';

const source = 'x'.repeat(100);

describe('lengthRange', () => {
  it('needs a few segments before it has a range', () => {
    expect(lengthRange([0.3, 0.3, 0.3, 0.3])).toBeNull();
  });
  it('centres on the median and is never narrower than ×/÷ 1.5', () => {
    const range = lengthRange([0.3, 0.31, 0.29, 0.3, 0.3]);
    expect(range).toEqual({ min: 0.2, max: 0.45 });
  });
  it('is not moved by a few outliers', () => {
    const range = lengthRange([1, 1.05, 0.95, 1.1, 0.9, 1, 5, 0.01]);
    expect(range?.min).toBeGreaterThan(0.5);
    expect(range?.max).toBeLessThan(2);
  });
});

describe('checkLength', () => {
  it('ignores short sources, and documents without a range', () => {
    expect(lengthRatio('short', 'кратко')).toBeNull();
    expect(checkLength(qaInput('y'.repeat(MIN_SOURCE_LENGTH - 1), 'z', 'ru', { lengthRange: { min: 0.9, max: 1.1 } }))).toEqual(
      [],
    );
    expect(checkLength(qaInput(source, '短', 'zh'))).toEqual([]);
  });
  it('flags a translation outside the document’s range, in each language', () => {
    expect(checkLength(qaInput(source, '中'.repeat(30), 'zh', { lengthRange: { min: 0.2, max: 0.45 } }))).toEqual([]);
    const zh = checkLength(qaInput(source, '中'.repeat(10), 'zh', { lengthRange: { min: 0.2, max: 0.45 } }));
    expect(zh[0]?.values).toEqual({ ratio: '0.10', min: '0.20', max: '0.45' });
    const ru = checkLength(qaInput(source, 'я'.repeat(250), 'ru', { lengthRange: { min: 0.7, max: 1.6 } }));
    expect(ru[0]?.check).toBe('length');
    const en = checkLength(
      qaInput('中'.repeat(50), 'x'.repeat(500), 'en', { sourceLang: 'zh', lengthRange: { min: 2, max: 4 } }),
    );
    expect(en[0]?.values.ratio).toBe('10.00');
  });
});
