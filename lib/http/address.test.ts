import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress, PEER_HEADER } from './address';

describe('clientAddress', () => {
  it('uses the socket address when no proxy is trusted, whatever x-forwarded-for says', () => {
    const headers = new Headers({ [PEER_HEADER]: '198.51.100.7', 'x-forwarded-for': '203.0.113.1' });
    expect(clientAddress(headers, 0)).toBe('198.51.100.7');
  });

  it('takes the entry the trusted proxy appended, not one the client wrote', () => {
    const headers = new Headers({ [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': '203.0.113.1, 198.51.100.7' });
    expect(clientAddress(headers, 1)).toBe('198.51.100.7');
    expect(clientAddress(headers, 2)).toBe('203.0.113.1');
    expect(clientAddress(new Headers({ [PEER_HEADER]: '10.0.0.2' }), 1)).toBe('10.0.0.2');
  });

  it('is "unknown" when nothing says', () => {
    expect(clientAddress(new Headers(), 0)).toBe('unknown');
  });
});

describe('addressKey', () => {
  it('counts IPv4 as is and IPv6 by its /64', () => {
    expect(addressKey('::ffff:192.0.2.10')).toBe('192.0.2.10');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('[2001:db8::5]:443')).toBe('2001:db8:0:0::/64');
  });
});
