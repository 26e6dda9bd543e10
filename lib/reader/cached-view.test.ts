import { describe, expect, it } from 'vitest';
import { cachedViewKey, parseCachedView } from './cached-view';

describe('cached view keys', () => {
  it('round-trip every view', () => {
    const view = { epoch: '0a1b2c3d', revision: 42, columns: ['zh', 'en', 'ru'] as const, showStatus: true, page: 7 };
    const key = cachedViewKey({ ...view, columns: [...view.columns] });
    expect(key).toBe('0a1b2c3d-42~zh.en.ru~1~7');
    expect(parseCachedView(key)).toEqual({ ...view, columns: [...view.columns] });
  });

  it('refuse anything else, so a forged path never becomes a cache entry', () => {
    for (const key of [
      '',
      '42',
      '42~de~0~1',
      '42~zh.zh~0~1',
      '42~zh~2~1',
      '42~zh~0~0',
      '-1~zh~0~1',
      '42~zh~0~1~x',
      '1e3~zh~0~1',
    ]) {
      expect(parseCachedView(key), key).toBeUndefined();
    }
  });
});
