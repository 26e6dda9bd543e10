import { describe, expect, it } from 'vitest';
import { anonymousReaderRequest, cookieNamesOf, hasSessionCookie, type RequestFacts } from './reader-request';

function facts(overrides: Partial<RequestFacts> & { headers?: Record<string, string> } = {}): RequestFacts {
  const headers = overrides.headers ?? {};
  return {
    method: 'GET',
    pathname: '/en/read/sino-russian-cooperation',
    search: new URLSearchParams(),
    cookieNames: [],
    header: (name) => headers[name] ?? null,
    ...overrides,
  };
}

describe('cookieNamesOf', () => {
  it('lists the names of a Cookie header, trimmed, values ignored', () => {
    expect(cookieNamesOf('NEXT_LOCALE=ru; triglot.prefs=a=b;  __Secure-triglot.session_token=xyz')).toEqual([
      'NEXT_LOCALE',
      'triglot.prefs',
      '__Secure-triglot.session_token',
    ]);
    expect(cookieNamesOf(undefined)).toEqual([]);
    expect(cookieNamesOf(';;')).toEqual([]);
  });
});

describe('hasSessionCookie', () => {
  it('knows the session cookie with and without the __Secure- prefix, and nothing else', () => {
    expect(hasSessionCookie(['triglot.session_token'])).toBe(true);
    expect(hasSessionCookie(['__Secure-triglot.session_token'])).toBe(true);
    expect(hasSessionCookie(['NEXT_LOCALE', 'triglot.session_data'])).toBe(false);
  });
});

describe('anonymousReaderRequest', () => {
  it('names the locale and document of a plain page load of the reader', () => {
    expect(anonymousReaderRequest(facts())).toEqual({ locale: 'en', documentId: 'sino-russian-cooperation' });
    expect(anonymousReaderRequest(facts({ method: 'HEAD', pathname: '/zh/read/book-5000/' }))).toEqual({
      locale: 'zh',
      documentId: 'book-5000',
    });
  });

  it('leaves other pages, other methods and unknown locales to the per-request path', () => {
    expect(anonymousReaderRequest(facts({ pathname: '/en/review/sino-russian-cooperation/zh' }))).toBeNull();
    expect(anonymousReaderRequest(facts({ pathname: '/de/read/sino-russian-cooperation' }))).toBeNull();
    expect(anonymousReaderRequest(facts({ pathname: '/en/read/Bad_Id' }))).toBeNull();
    expect(anonymousReaderRequest(facts({ method: 'POST' }))).toBeNull();
  });

  it('never answers someone signed in from the shared page', () => {
    expect(anonymousReaderRequest(facts({ cookieNames: ['NEXT_LOCALE', '__Secure-triglot.session_token'] }))).toBeNull();
  });

  it('never answers a client navigation or prefetch from it', () => {
    for (const name of ['next-url', 'rsc', 'next-router-prefetch']) {
      expect(anonymousReaderRequest(facts({ headers: { [name]: '1' } }))).toBeNull();
    }
    expect(anonymousReaderRequest(facts({ search: new URLSearchParams('_rsc=abc') }))).toBeNull();
  });
});
