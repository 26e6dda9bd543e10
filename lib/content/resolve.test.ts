import { describe, expect, it } from 'vitest';
import { createContentResolver } from './resolve';

const texts = {
  en: { title: 'Cooperation', p1: 'On March 25–26, 2016, over 50 experts met.', braces: 'Literal {{name}} and $t(title)' },
  zh: { title: '合作', p1: '2016年3月25日至26日，50余位专家齐聚。' },
  ru: { title: 'Сотрудничество' },
};

describe('createContentResolver', () => {
  const resolver = createContentResolver('demo', texts, ['en']);

  it('returns a language’s own text', () => {
    expect(resolver.resolve('p1', 'zh')).toEqual({ text: '2016年3月25日至26日，50余位专家齐聚。', lang: 'zh', fallback: false });
    expect(resolver.has('p1', 'zh')).toBe(true);
  });

  it('falls back to the source language for a missing segment and says so', () => {
    expect(resolver.has('p1', 'ru')).toBe(false);
    expect(resolver.resolve('p1', 'ru')).toEqual({ text: 'On March 25–26, 2016, over 50 experts met.', lang: 'en', fallback: true });
  });

  it('follows the given fallback chain in order', () => {
    const zhFirst = createContentResolver('demo', texts, ['zh', 'en']);
    expect(zhFirst.resolve('p1', 'ru')).toMatchObject({ lang: 'zh', fallback: true });
  });

  it('returns undefined for a segment no language has', () => {
    expect(resolver.resolve('nowhere', 'ru')).toBeUndefined();
  });

  it('keeps interpolation and nesting markers as literal text', () => {
    expect(resolver.resolve('braces', 'en')?.text).toBe('Literal {{name}} and $t(title)');
  });
});
