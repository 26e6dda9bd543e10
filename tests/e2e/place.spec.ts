import { expect, test } from '@playwright/test';
import { DOC, msg, PASSWORD, readerPath, USERS } from './support';

test('signing in from the header returns to the page, its columns and its place', async ({ page }) => {
  await page.goto(`${readerPath('ru', ['en', 'ru'])}#s-p2-economy`);
  await page
    .getByRole('navigation', { name: msg('ru', 'Auth.account') })
    .getByRole('link', { name: msg('ru', 'Auth.signIn') })
    .click();
  await expect(page).toHaveURL(/\/ru\/sign-in\?next=/);
  await page.getByLabel(msg('ru', 'Auth.email')).fill(USERS.translator.email);
  await page.getByLabel(msg('ru', 'Auth.password')).fill(PASSWORD);
  await page.getByRole('button', { name: msg('ru', 'Auth.signIn') }).click();
  await page.getByRole('button', { name: msg('ru', 'Auth.signOut') }).waitFor();
  const url = new URL(page.url());
  expect(url.pathname).toBe(`/ru/read/${DOC}`);
  expect(url.searchParams.get('cols')).toBe('en,ru');
  expect(url.hash).toBe('#s-p2-economy');
});

test('showing and hiding review status keeps the reading place', async ({ page }) => {
  await page.goto(`${readerPath('en', ['en', 'zh', 'ru'])}#s-p3-regional`);
  const rowTop = () => page.locator('#s-p3-regional').evaluate((el) => el.getBoundingClientRect().top);
  const before = await rowTop();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(400);

  await page.getByRole('link', { name: msg('en', 'Reader.showStatus') }).click();
  await expect(page).toHaveURL(/status=1/);
  await expect(page.locator('#s-p3-regional .badge').first()).toBeVisible();
  // Badges above made every row taller; the row being read stays where it was on screen.
  expect(Math.abs((await rowTop()) - before)).toBeLessThan(4);

  await page.getByRole('link', { name: msg('en', 'Reader.hideStatus') }).click();
  await expect(page).not.toHaveURL(/status=1/);
  await expect(page.locator('#s-p3-regional .badge')).toHaveCount(0);
  expect(Math.abs((await rowTop()) - before)).toBeLessThan(4);
});
