import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-path';

describe('safeNextPath', () => {
  it('keeps a path inside the app, with its query', () => {
    expect(safeNextPath('/review/sino-russian-cooperation/zh?status=draft')).toBe(
      '/review/sino-russian-cooperation/zh?status=draft',
    );
  });

  it('sends anything that could leave the app home', () => {
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '',
      '/\tevil',
      undefined,
      42,
    ]) {
      expect(safeNextPath(bad), String(bad)).toBe('/');
    }
  });
});
