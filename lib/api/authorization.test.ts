import { describe, expect, it } from 'vitest';
import { parseAuthorization } from './authorization';

describe('parseAuthorization', () => {
  it('come in a Bearer Authorization header; other schemes are left to the session', () => {
    expect(parseAuthorization(null)).toEqual({ kind: 'none' });
    expect(parseAuthorization('Basic dXNlcjpwYXNz')).toEqual({ kind: 'none' });
    expect(parseAuthorization('Bearer abc')).toEqual({ kind: 'bearer', token: 'abc' });
    expect(parseAuthorization('bearer   abc  ')).toEqual({ kind: 'bearer', token: 'abc' });
    expect(parseAuthorization('Bearer')).toEqual({ kind: 'malformed' });
    expect(parseAuthorization('Bearer a b')).toEqual({ kind: 'malformed' });
    expect(parseAuthorization('Bearerabc')).toEqual({ kind: 'none' });
  });
});
