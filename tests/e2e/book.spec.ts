import { expect, type Page, test } from '@playwright/test';
import { msg, signIn } from './support';

/** scripts/e2e-server.sh generates this 5,000-segment book (scripts/generate-book.ts). */
const BOOK = 'book-5000';
const read = (locale: string, query = 'cols=en,zh,ru') => `/${locale}/read/${BOOK}?${query}`;

async function position(page: Page) {
  return (await page.locator('.range-nav-top .range-position').textContent()) ?? '';
}

test('a 5,000-segment book reads in pages of at most about 300 KiB, with its place shown', async ({ page, request }) => {
  const response = await request.get(read('en'));
  expect(response.status()).toBe(200);
  expect((await response.body()).byteLength).toBeLessThan(300 * 1024);
  await page.goto(read('en'));
  expect(await position(page)).toMatch(/^Part 1 of \d+ · segments 1–\d+ of 5,000$/);
  await expect(page.locator('[data-segment-row]').first()).toHaveAttribute('id', 's-title');
});

test('the table of contents leads to a chapter deep in the book, in the UI language', async ({ page }) => {
  await page.goto(read('zh'));
  const toc = page.locator('details.toc');
  await toc.locator('summary').click();
  // Headings are listed in the UI language where translated: Chinese here.
  const entry = toc.getByRole('link', { name: /^第80章/ });
  await entry.click();
  await expect(page.locator('#s-ch80')).toBeInViewport();
  expect(new URL(page.url()).searchParams.get('p')).not.toBeNull();
  expect(await position(page)).not.toMatch(/^第1部分/);
});

test('a link to a segment deep in the book lands on its page, and the locale switch stays there', async ({ page }) => {
  // An old-style anchor: the page resolves it to the range holding the segment.
  await page.goto(`${read('en', 'cols=en,ru')}#s-p4321`);
  await expect(page.locator('#s-p4321')).toBeInViewport();
  const part = await position(page);
  expect(part).not.toMatch(/^Part 1 of/);

  await page
    .getByRole('navigation', { name: msg('en', 'LocaleSwitcher.label') })
    .getByRole('link', { name: 'Русский' })
    .click();
  await expect(page).toHaveURL(/\/ru\/read\/book-5000\?/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('#s-p4321')).toBeInViewport();
});

test('next and previous walk the pages; the home page offers to continue where reading stopped', async ({ page }) => {
  await page.goto(read('en', 'cols=en,zh&p=7'));
  const seventh = await position(page);
  expect(seventh).toMatch(/^Part 7 of/);
  await page
    .locator('.range-nav-top')
    .getByRole('link', { name: /Next part/ })
    .click();
  await expect(page.locator('.range-nav-top .range-position')).toHaveText(/^Part 8 of/);
  await page
    .locator('.range-nav-top')
    .getByRole('link', { name: /Previous part/ })
    .click();
  await expect(page.locator('.range-nav-top .range-position')).toHaveText(seventh);

  // Read a little way into the page, then come back from the home page.
  const row = page.locator('[data-segment-row]').nth(5);
  const id = (await row.getAttribute('id')) ?? '';
  await row.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect
    .poll(() => page.evaluate((key) => window.localStorage.getItem(key) ?? '', `triglot:place:${BOOK}`))
    .toContain(id.slice(2));
  await page.goto('/en');
  const card = page.locator('article.document-card', { has: page.locator(`a[href*="/read/${BOOK}"]`) });
  await card.getByRole('link', { name: msg('en', 'Home.continue') }).click();
  await expect(page.locator(`#${id}`)).toBeInViewport();
  await expect(page).toHaveURL(/cols=en%2Czh|cols=en,zh/);
});

test('reviewing the book: filters answer from the server, and the keyboard crosses page boundaries', async ({ page }) => {
  await signIn(page, 'en', 'reviewer', `/review/${BOOK}/zh`);
  await expect(page.getByText(msg('en', 'Review.shown', { shown: 5000, total: 5000 }))).toBeVisible();
  await expect(page.getByRole('navigation', { name: msg('en', 'Review.pages'), exact: true })).toContainText(
    msg('en', 'Review.pageOf', { page: 1, pages: 100 }),
  );

  // A search across the whole book, not just the rows on screen.
  await page.getByLabel(msg('en', 'Review.search')).fill('PARAGRAPH 4321');
  await page.getByRole('button', { name: msg('en', 'Review.apply') }).click();
  await expect(page.getByText(msg('en', 'Review.shown', { shown: 1, total: 5000 }))).toBeVisible();
  await expect(page.locator('#r-p4321')).toBeVisible();
  await page.getByLabel(msg('en', 'Review.search')).fill('');
  await page.getByRole('button', { name: msg('en', 'Review.apply') }).click();
  await expect(page.getByText(msg('en', 'Review.shown', { shown: 5000, total: 5000 }))).toBeVisible();

  // Alt+Down from the last row of page 1 goes on to the first row of page 2.
  const last = page.getByLabel(msg('en', 'Review.translationOf', { number: 50, language: 'Chinese' }));
  await last.focus();
  await last.press('Alt+ArrowDown');
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByLabel(msg('en', 'Review.translationOf', { number: 51, language: 'Chinese' }))).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page).not.toHaveURL(/page=2/);
  await expect(last).toBeFocused();
});
