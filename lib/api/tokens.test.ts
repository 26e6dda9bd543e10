import { describe, expect, it } from 'vitest';
import { generateToken, hashToken, isTokenFormat, visiblePrefix } from './tokens';

describe('API tokens', () => {
  it('are triglot_ and 256 random bits in base64url, never the same twice', () => {
    const tokens = new Set(Array.from({ length: 200 }, generateToken));
    expect(tokens.size).toBe(200);
    for (const token of tokens) {
      expect(token).toMatch(/^triglot_[A-Za-z0-9_-]{43}$/);
      expect(isTokenFormat(token)).toBe(true);
    }
  });

  it('refuses what is not a token', () => {
    expect(isTokenFormat('triglot_short')).toBe(false);
    expect(isTokenFormat(`other_${'a'.repeat(43)}`)).toBe(false);
    expect(isTokenFormat(`triglot_${'a'.repeat(42)}!`)).toBe(false);
    expect(isTokenFormat(`triglot_${'a'.repeat(44)}`)).toBe(false);
  });

  it('are stored as their SHA-256, hex', () => {
    // The SHA-256 of "abc" from FIPS 180-2, appendix B.1.
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const token = generateToken();
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token.slice(8));
  });

  it('show a short prefix that tells tokens apart without giving them away', () => {
    const token = generateToken();
    expect(visiblePrefix(token)).toBe(token.slice(0, 14));
    expect(visiblePrefix(token).startsWith('triglot_')).toBe(true);
  });
});
