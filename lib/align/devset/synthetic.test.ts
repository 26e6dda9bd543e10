import { describe, expect, it } from 'vitest';
import { syntheticCase } from './synthetic';

describe('syntheticCase', () => {
  it('is deterministic and its gold covers both sides', () => {
    const a = syntheticCase(300, 4);
    expect(a).toEqual(syntheticCase(300, 4));
    expect(a.gold.flatMap((b) => b[0])).toEqual(a.src.map((_, i) => i));
    expect(a.gold.flatMap((b) => b[1])).toEqual(a.tgt.map((_, i) => i));
    expect(a.tgt.length).toBeLessThan(a.src.length);
  });
});
