import { expect, type APIRequestContext, test } from '@playwright/test';
import { DOC, signIn, USERS } from './support';

/*
 * What a public site owes every request: security headers on every response (pages, API,
 * static files), a CSP under which the pages still work, and a 4xx with a clear body, never
 * a 5xx, for malformed addresses, writes from other origins and oversized bodies.
 */

const PAGES = [
  '/en',
  '/zh',
  '/en/sign-in',
  '/en/setup',
  '/en/review',
  `/en/review/${DOC}/zh`,
  '/en/admin/users',
  '/en/import',
  '/en/no-such-page',
];
const API = [`/api/review/${DOC}/zh`, `/api/translations/${DOC}/title/zh/history`];

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
}

test.describe('security headers', () => {
  test('every page has them, with a nonce CSP: no inline script runs without this response’s nonce', async ({ request }) => {
    for (const path of PAGES) {
      const response = await request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      expectSecurityHeaders(headers, path);
      const csp = headers['content-security-policy']!;
      const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc, path).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(scriptSrc, path).not.toContain('unsafe-inline');
      expect(scriptSrc, path).not.toContain('unsafe-eval');
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      if (response.status() === 200) {
        // Every script in the page carries the nonce of this response, and it is fresh each time.
        const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
        const html = await response.text();
        const scripts = html.match(/<script\b[^>]*>/g) ?? [];
        expect(scripts.length, path).toBeGreaterThan(0);
        for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
        const again = (await request.get(path)).headers()['content-security-policy'];
        expect(again).not.toBe(csp);
      }
    }
  });

  test('the anonymous reader, one cached HTML for everyone, has them with the nonce-free page policy', async ({ request }) => {
    for (const path of [`/en/read/${DOC}?cols=en,zh`, `/ru/read/${DOC}?cols=ru,zh&status=1`]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      expectSecurityHeaders(headers, path);
      const csp = headers['content-security-policy']!;
      // No per-request nonce can be in a cached page: scripts from this site and its own inline payload only.
      expect(/script-src ([^;]+)/.exec(csp)?.[1], path).toBe("'self' 'unsafe-inline'");
      for (const rule of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "connect-src 'self'"]) {
        expect(csp, path).toContain(rule);
      }
      expect((await request.get(path)).headers()['content-security-policy']).toBe(csp);
    }
  });

  test('API answers and static files have them too', async ({ request }) => {
    for (const path of API) expectSecurityHeaders((await request.get(path)).headers(), path);
    const html = await (await request.get('/en')).text();
    const chunk = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    const style = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
    for (const path of [chunk!, style!, '/icon.svg', '/_next/static/no-such-file.js']) {
      expectSecurityHeaders((await request.get(path)).headers(), path);
    }
  });

  test('pages work under the CSP: no violation while reading, switching language and reviewing', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`/en/read/${DOC}?cols=en,zh`);
    await page.getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/zh\/read\//);
    await page.goto(`/en/review/${DOC}/ru`);
    await expect(page.locator('.review-row').first()).toBeVisible();
    await page.goto('/en/sign-in');
    expect(violations).toEqual([]);
  });
});

async function expectClientError(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string) {
  expect(response.status(), `${what}: ${await response.text().catch(() => '')}`).toBeGreaterThanOrEqual(400);
  expect(response.status(), what).toBeLessThan(500);
}

test.describe('malformed requests get a 4xx, never a 5xx', () => {
  const MALFORMED = ['%ZZ', '%E0%A4%A', '%', '%C0%AF', '%ED%A0%80', 'a%2', '%FF%FE'];

  test('malformed percent-encoding in any page or API path', async ({ request }) => {
    const paths = [
      ...MALFORMED.map((m) => `/${m}`),
      ...MALFORMED.map((m) => `/en/${m}`),
      ...MALFORMED.map((m) => `/en/read/${m}`),
      ...MALFORMED.map((m) => `/en/review/${DOC}/${m}`),
      ...MALFORMED.map((m) => `/api/review/${m}/zh`),
      ...MALFORMED.map((m) => `/api/translations/${DOC}/${m}/zh/history`),
    ];
    for (const path of paths) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBeLessThan(500);
      if (/%ZZ|%E0%A4%A|^\/%$|a%2/.test(path)) {
        expect(response.status(), path).toBe(400);
        expect(await response.json(), path).toMatchObject({ error: 'bad-request' });
      }
    }
    const patch = await request.patch(`/api/translations/${DOC}/%ZZ/zh`, { data: { action: 'check', version: 1 } });
    expect(patch.status()).toBe(400);
  });

  test('writes from another origin: server actions and API alike', async ({ request }) => {
    const foreign = { origin: 'http://evil.example', 'content-type': 'text/plain;charset=UTF-8', 'next-action': '0'.repeat(42) };
    for (const path of ['/en/sign-in', '/en/setup', '/en/admin/users', '/en/import', `/en/review/${DOC}/zh`, `/en/read/${DOC}`]) {
      const response = await request.post(path, { headers: foreign, data: '[]' });
      await expectClientError(response, `POST ${path}`);
      expect(response.status()).toBe(403);
      expect(await response.json()).toMatchObject({ error: 'forbidden-origin' });
    }
    const form = await request.post('/en/sign-in', {
      headers: { origin: 'null' },
      multipart: { email: 'a@example.test', password: 'x' },
    });
    expect(form.status()).toBe(403);
    const patch = await request.patch(`/api/translations/${DOC}/title/zh`, {
      headers: { origin: 'http://evil.example' },
      data: { action: 'check', version: 1 },
    });
    expect(patch.status()).toBe(403);
    // The file import streams its body past the proxy, and refuses a foreign origin itself.
    const upload = await request.post(`/api/documents/${DOC}/import?name=doc.zh.xlf&dryRun=1`, {
      headers: { origin: 'http://evil.example', 'content-type': 'application/xml' },
      data: '<xliff/>',
    });
    expect(upload.status()).toBe(403);
    expect(await upload.json()).toMatchObject({ error: 'forbidden-origin' });
    // An unknown action id from this origin is Next's 4xx too.
    const unknown = await request.post('/en/sign-in', {
      headers: { 'next-action': 'f'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' },
      data: '[]',
    });
    await expectClientError(unknown, 'unknown action');
  });

  test("a file import far over the proxy's buffer is read whole: a broken file is a 400 with its place, not a 413", async ({
    page,
  }) => {
    await signIn(page, 'en', 'translator', '/');
    const large = await page.request.post(`/api/documents/${DOC}/import?name=doc.zh.xlf&dryRun=1`, {
      headers: { 'content-type': 'application/xml' },
      data: `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${'x'.repeat(1_200_000)} -->\n<xliff`,
    });
    expect(large.status()).toBe(400);
    expect(JSON.stringify(await large.json())).toMatch(/line 3/);
  });

  test('oversized bodies: 413 with the limit named, before they are read', async ({ request }) => {
    const big = 'x'.repeat(1024 * 1024 + 10);
    for (const path of ['/en/sign-in', `/en/review/${DOC}/zh`, '/en/admin/users']) {
      const response = await request.post(path, {
        headers: { 'next-action': '0'.repeat(42), 'content-type': 'text/plain' },
        data: big,
      });
      expect(response.status(), path).toBe(413);
      expect(await response.json()).toMatchObject({ error: 'too-large', message: 'The request body is larger than 1 MiB.' });
    }
    const api = await request.patch(`/api/translations/${DOC}/title/zh`, {
      headers: { 'content-type': 'application/json' },
      data: JSON.stringify({ action: 'edit', version: 1, text: 'y'.repeat(300 * 1024) }),
    });
    expect(api.status()).toBe(413);
    expect(await api.json()).toMatchObject({ message: 'The request body is larger than 256 KiB.' });
    // A write that does not say its length: refused too, since Next would read it whole.
    const chunked = await request.post('/en/import', {
      headers: { 'next-action': '0'.repeat(42), 'content-type': 'text/plain', 'transfer-encoding': 'chunked' },
      data: 'x',
    });
    await expectClientError(chunked, 'chunked action body');
  });

  test('bodies that are not what the route reads', async ({ request }) => {
    const url = `/api/translations/${DOC}/title/zh`;
    for (const [type, body] of [
      ['application/json', '{'],
      ['application/json', '\u0000'],
      ['application/json', '{"action":"edit","version":1,"text":"\\ud800"}'],
      ['text/plain', '{}'],
      ['application/x-www-form-urlencoded', 'a=1'],
    ] as const) {
      await expectClientError(await request.patch(url, { headers: { 'content-type': type }, data: body }), `${type} ${body}`);
    }
    for (const method of ['POST', 'PUT', 'DELETE'] as const) {
      await expectClientError(await request.fetch(url, { method, data: '{}' }), method);
    }
  });
});

test('user text is shown in bidi isolation: names, comments and cells', async ({ page }) => {
  await signIn(page, 'en', 'admin', '/admin/users');
  await expect(page.locator('.user-name bdi')).toHaveText(USERS.admin.name);
  await expect(page.locator('table.users td bdi').filter({ hasText: USERS.reviewer.email })).toHaveCount(1);
  await page.goto(`/en/read/${DOC}?cols=en,zh`);
  const isolation = await page
    .locator('.cell')
    .first()
    .evaluate((cell) => getComputedStyle(cell).unicodeBidi);
  expect(isolation).toBe('isolate');
});
