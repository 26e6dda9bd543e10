import { describe, expect, it } from 'vitest';
import { sourceHash } from './hash';

describe('sourceHash', () => {
  it('is stable for the same text and differs when a character changes', () => {
    expect(sourceHash('Sino-Russian relations')).toBe(sourceHash('Sino-Russian relations'));
    expect(sourceHash('Sino-Russian relations')).not.toBe(sourceHash('Sino-Russian relation'));
  });

  it('treats composed and decomposed Unicode as the same source', () => {
    const composed = 'й';
    const decomposed = 'и\u0306';
    expect(composed).not.toBe(decomposed);
    expect(sourceHash(composed)).toBe(sourceHash(decomposed));
  });

  it('is a 64-character hex sha256', () => {
    expect(sourceHash('中俄')).toMatch(/^[0-9a-f]{64}$/);
  });
});
