import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, STATIC_CSP } from '@/lib/http/headers';
import { MAX_ANY_BODY } from '@/lib/http/limits';
import config from '@/next.config.mjs';

describe('next.config.mjs', () => {
  it('sets on every response the security headers lib/http defines, and the static CSP', async () => {
    const rules = await config.headers?.();
    expect(rules?.[0]?.source).toBe('/:path*');
    expect(rules?.[0]?.headers).toEqual([...SECURITY_HEADERS, { key: 'Content-Security-Policy', value: STATIC_CSP }]);
  });

  it('caps request bodies where lib/http/limits says', () => {
    expect(config.experimental?.proxyClientMaxBodySize).toBe(MAX_ANY_BODY);
    expect(config.experimental?.serverActions?.bodySizeLimit).toBe(MAX_ANY_BODY);
  });
});
