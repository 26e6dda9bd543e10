import { describe, expect, it } from 'vitest';
import { NO_AIDS } from './aids';
import { cachedViewKey, parseCachedView } from './cached-view';

describe('cached view keys', () => {
  it('round-trip every view', () => {
    const view = { epoch: '0a1b2c3d', revision: 42, columns: ['zh', 'en', 'ru'] as const, showStatus: true, page: 7 };
    const key = cachedViewKey({ ...view, columns: [...view.columns], aids: NO_AIDS });
    expect(key).toBe('0a1b2c3d-42~zh.en.ru~1~7~0s0');
    expect(parseCachedView(key)).toEqual({ ...view, columns: [...view.columns], aids: NO_AIDS });
  });

  it('round-trip every combination of reading aids', () => {
    for (const pinyin of ['off', 'on', 'tone'] as const) {
      for (const script of ['hans', 'hant'] as const) {
        for (const stress of [false, true]) {
          const view = {
            epoch: '0a1b2c3d',
            revision: 1,
            columns: ['ru'],
            showStatus: false,
            page: 1,
            aids: { pinyin, script, stress },
          };
          expect(parseCachedView(cachedViewKey(view as Parameters<typeof cachedViewKey>[0]))).toEqual(view);
        }
      }
    }
    expect(
      cachedViewKey({
        epoch: '0a1b2c3d',
        revision: 1,
        columns: ['zh'],
        showStatus: false,
        page: 1,
        aids: { pinyin: 'tone', script: 'hant', stress: true },
      }),
    ).toBe('0a1b2c3d-1~zh~0~1~tt1');
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
      // Well-formed but for the aids: missing, unknown values, too long, upper case.
      '0a1b2c3d-42~zh~0~1',
      '0a1b2c3d-42~zh~0~1~',
      '0a1b2c3d-42~zh~0~1~2s0',
      '0a1b2c3d-42~zh~0~1~0x0',
      '0a1b2c3d-42~zh~0~1~0s2',
      '0a1b2c3d-42~zh~0~1~0s00',
      '0a1b2c3d-42~zh~0~1~0S0',
      '0a1b2c3d-42~zh~0~1~0s0~0s0',
    ]) {
      expect(parseCachedView(key), key).toBeUndefined();
    }
    expect(parseCachedView('0a1b2c3d-42~zh~0~1~1t0')).toBeDefined();
  });
});
