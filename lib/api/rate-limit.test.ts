import { describe, expect, it } from 'vitest';
import { rateDecision } from './rate-limit';

const start = '2026-12-01T10:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(start) + seconds * 1000);

describe('rateDecision', () => {
  it('lets the limit through and says how many are left and when the window starts again', () => {
    const first = rateDecision({ requests: 1, windowStart: start }, 3, 60, at(0));
    expect(first).toEqual({
      allowed: true,
      headers: { 'RateLimit-Limit': '3', 'RateLimit-Remaining': '2', 'RateLimit-Reset': '60', 'RateLimit-Policy': '3;w=60' },
    });
    const last = rateDecision({ requests: 3, windowStart: start }, 3, 60, at(20.5));
    expect(last.allowed).toBe(true);
    expect(last.headers['RateLimit-Remaining']).toBe('0');
    expect(last.headers['RateLimit-Reset']).toBe('40');
  });

  it('refuses the one over the limit with Retry-After until the window ends', () => {
    const over = rateDecision({ requests: 4, windowStart: start }, 3, 60, at(45));
    expect(over.allowed).toBe(false);
    expect(over.headers['Retry-After']).toBe('15');
    expect(over.headers['RateLimit-Remaining']).toBe('0');
  });

  it('never says to wait less than a second', () => {
    expect(rateDecision({ requests: 9, windowStart: start }, 3, 60, at(60)).headers['Retry-After']).toBe('1');
  });
});
