import { describe, expect, it } from 'vitest';
import { aidsKey, aidsQuery, NO_AIDS, parseAids, parseAidsKey } from './aids';

describe('reading aids in the URL', () => {
  it('read the known values and default everything else', () => {
    expect(parseAids({})).toEqual(NO_AIDS);
    expect(parseAids({ py: '1', zh: 'hant', stress: '1' })).toEqual({ pinyin: 'on', script: 'hant', stress: true });
    expect(parseAids({ py: 'tone' }).pinyin).toBe('tone');
    expect(parseAids({ py: ['tone', '1'] }).pinyin).toBe('tone');
    expect(parseAids({ py: 'yes', zh: 'HANT', stress: 'true' })).toEqual(NO_AIDS);
    expect(parseAids({ py: null, zh: null, stress: null })).toEqual(NO_AIDS);
  });

  it('write only what differs from the default, and read back what they wrote', () => {
    expect(aidsQuery(NO_AIDS)).toEqual({});
    const aids = { pinyin: 'tone', script: 'hant', stress: true } as const;
    expect(aidsQuery(aids)).toEqual({ py: 'tone', zh: 'hant', stress: '1' });
    expect(parseAids(aidsQuery(aids))).toEqual(aids);
    expect(parseAidsKey(aidsKey(aids))).toEqual(aids);
    expect(parseAidsKey('0s0 ')).toBeUndefined();
  });
});
