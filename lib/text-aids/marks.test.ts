import { describe, expect, it } from 'vitest';
import { SOFT_HYPHEN, STRESS_MARK, stripReadingMarks, stripSoftHyphens, stripStress } from './marks';

describe('reading marks', () => {
  it('strips stress marks and soft hyphens, and nothing else', () => {
    const shown = `сотру${STRESS_MARK}д${SOFT_HYPHEN}ни${SOFT_HYPHEN}чество, ёлка`;
    expect(stripStress(shown)).toBe(`сотруд${SOFT_HYPHEN}ни${SOFT_HYPHEN}чество, ёлка`);
    expect(stripSoftHyphens(shown)).toBe(`сотру${STRESS_MARK}дничество, ёлка`);
    expect(stripReadingMarks(shown)).toBe('сотрудничество, ёлка');
  });

  it('keeps precomposed letters (ё, é) as they are', () => {
    expect(stripReadingMarks('ёжик café')).toBe('ёжик café');
  });
});
