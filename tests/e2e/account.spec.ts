import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { LOCALES, msg, seriousViolations, signIn } from './support';

const unique = (label: string) => `${label} ${randomBytes(3).toString('hex')}`;

async function createToken(page: Page, locale: (typeof LOCALES)[number], name: string): Promise<string> {
  await page.getByLabel(msg(locale, 'Account.name'), { exact: true }).fill(name);
  await page.getByRole('button', { name: msg(locale, 'Account.create') }).click();
  const secret = page.getByRole('textbox', { name: msg(locale, 'Account.secretLabel'), exact: true });
  await expect(secret).toHaveValue(/^triglot_[A-Za-z0-9_-]{43}$/);
  return secret.inputValue();
}

test.describe('personal API tokens (en UI)', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('create a token, see it once, use it, revoke it: then it gets 401', async ({ page, request }) => {
    await signIn(page, 'en', 'translator', '/');
    await page.getByRole('link', { name: msg('en', 'Auth.apiTokens') }).click();
    await expect(page).toHaveURL(/\/en\/account$/);
    await expect(page.getByRole('heading', { level: 1, name: msg('en', 'Account.title') })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    const name = unique('sync script');
    const token = await createToken(page, 'en', name);
    await expect(page.getByRole('heading', { name: msg('en', 'Account.secretHeading', { name }) })).toBeVisible();
    await page.getByRole('button', { name: msg('en', 'Account.copy') }).click();
    await expect(page.getByRole('status').filter({ hasText: msg('en', 'Account.copied') })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    expect(await seriousViolations(page)).toEqual([]);

    // The list shows the token by its name and prefix, never used yet.
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await expect(row).toContainText(`${token.slice(0, 14)}…`);
    await expect(row).toContainText(msg('en', 'Account.never'));

    const documents = await request.get('/api/v1/documents', { headers: { authorization: `Bearer ${token}` } });
    expect(documents.status()).toBe(200);
    expect(documents.headers()['ratelimit-limit']).toBeDefined();
    const body = (await documents.json()) as { documents: { id: string }[] };
    expect(body.documents.map((d) => d.id)).toContain('sino-russian-cooperation');

    // A token client is no browser: no Origin is needed, and a foreign one does not matter (the
    // proxy refuses foreign-origin writes only when they would ride on a cookie).
    const segment = '/api/v1/documents/sino-russian-cooperation/segments/title/zh';
    const stale = { version: 999, text: '标题' };
    const withToken = await request.patch(segment, {
      headers: { authorization: `Bearer ${token}`, origin: 'https://elsewhere.example' },
      data: stale,
    });
    expect(withToken.status()).toBe(409);
    expect(await withToken.json()).toMatchObject({ error: 'conflict', current: { version: expect.any(Number) } });
    const withCookie = await page.request.patch(segment, { headers: { origin: 'https://elsewhere.example' }, data: stale });
    expect(withCookie.status()).toBe(403);
    expect(await withCookie.json()).toMatchObject({ error: 'forbidden-origin' });

    // A file larger than the proxy takes reaches the import (a dry run: nothing is written).
    const tsv = await request.get('/api/v1/documents/sino-russian-cooperation/export?format=tsv&lang=ru', {
      headers: { authorization: `Bearer ${token}` },
    });
    const rows = (await tsv.text()).split('\n');
    const big = rows
      .map((line, i) => (i === 0 || !line ? line : line.replace(/\t[^\t]*$/, `\t${'ж'.repeat(19_000)}`)))
      .join('\n');
    expect(Buffer.byteLength(big)).toBeGreaterThan(512 * 1024);
    const imported = await request.post('/api/v1/documents/sino-russian-cooperation/import?format=tsv&lang=ru&dry-run', {
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/tab-separated-values' },
      data: big,
    });
    expect(imported.status()).toBe(200);
    const counts = (await imported.json()) as { ok: boolean; applied: boolean; added: number; changed: number };
    expect(counts).toMatchObject({ ok: true, applied: false });
    expect(counts.added + counts.changed).toBe(rows.filter((r) => r).length - 1);

    // Shown once: after a reload the secret is nowhere on the page, and the token was used.
    await page.reload();
    await expect(page.getByRole('textbox', { name: msg('en', 'Account.secretLabel'), exact: true })).toHaveCount(0);
    expect(await page.content()).not.toContain(token);
    await expect(row).not.toContainText(msg('en', 'Account.never'));

    await row.getByRole('button', { name: msg('en', 'Account.revokeNamed', { name }) }).click();
    await expect(row.getByText(msg('en', 'Account.revokeConfirm', { name }))).toBeVisible();
    await expect(row.getByRole('button', { name: msg('en', 'Account.revokeYes') })).toBeFocused();
    await row.getByRole('button', { name: msg('en', 'Account.revokeYes') }).click();
    await expect(row).toContainText(msg('en', 'Account.revokedAt', { date: '' }).trim());
    await expect(row.getByRole('button')).toHaveCount(0);

    const refused = await request.get('/api/v1/documents', { headers: { authorization: `Bearer ${token}` } });
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toMatchObject({ error: 'unauthenticated' });
  });

  test('cancel keeps the token; an empty name is refused with a message', async ({ page }) => {
    await signIn(page, 'en', 'reviewer', '/account');
    await expect(page).toHaveURL(/\/en\/account$/);
    await page.getByRole('button', { name: msg('en', 'Account.create') }).click();
    await expect(page.getByText(msg('en', 'FieldErrors.required'))).toBeVisible();
    await expect(page.getByLabel(msg('en', 'Account.name'), { exact: true })).toHaveAttribute('aria-invalid', 'true');

    const name = unique('kept');
    await createToken(page, 'en', name);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await row.getByRole('button', { name: msg('en', 'Account.revokeNamed', { name }) }).click();
    await row.getByRole('button', { name: msg('en', 'Account.cancel') }).click();
    await expect(row.getByRole('button', { name: msg('en', 'Account.revokeNamed', { name }) })).toBeFocused();
  });

  test('signed out, the account page asks to sign in', async ({ page }) => {
    await page.goto('/en/account');
    await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Faccount/);
  });
});

for (const locale of LOCALES) {
  test(`the account page fits a phone and a desktop (${locale} UI)`, async ({ page }) => {
    await signIn(page, locale, 'admin', '/');
    await page.goto(`/${locale}/account`);
    const name = unique(msg(locale, 'Account.name'));
    await createToken(page, locale, name);
    for (const width of [390, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      // Nothing wider than the screen: no sideways scrolling on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const secret = page.getByRole('textbox', { name: msg(locale, 'Account.secretLabel'), exact: true });
      const box = await secret.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
      const shots = process.env.SHOTS_DIR;
      if (shots) {
        mkdirSync(shots, { recursive: true });
        await page.screenshot({ path: path.join(shots, `account-${locale}-${width}.png`), fullPage: true });
      }
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
}
