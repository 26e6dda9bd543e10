import path from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { bookTexts } from '../fixtures/book-texts';
import { type Locale, LOCALES, msg, signIn } from './support';

/*
 * A book of 2,000,000 characters per language (about 600 pages; generated here, never
 * committed) through the import wizard: uploaded, aligned and created with a percentage that
 * rises, or cancelled with nothing left behind.
 */
const BOOK = bookTexts();

test.describe.configure({ timeout: 300_000 });

/** Signs in as the admin and gives the wizard the book's three texts as files. */
async function loadBook(page: Page, locale: Locale) {
  await signIn(page, locale, 'admin', '/import');
  for (const [legend, lang] of [
    [msg(locale, 'Import.source'), 'en'],
    [msg(locale, 'Import.translation', { n: 1 }), 'zh'],
    [msg(locale, 'Import.translation', { n: 2 }), 'ru'],
  ] as const) {
    const group = page.getByRole('group', { name: legend });
    await group.getByLabel(msg(locale, 'Import.language')).selectOption(lang);
    await group
      .getByLabel(msg(locale, 'Import.orFile'))
      .setInputFiles({ name: `book.${lang}.txt`, mimeType: 'text/plain', buffer: Buffer.from(BOOK[lang], 'utf8') });
    // A 6 MB text takes the browser a while to lay out in the text area.
    await expect(group.getByLabel(msg(locale, 'Import.text'), { exact: true })).not.toHaveValue('', { timeout: 60_000 });
  }
}

/** The create button, whatever the number of rows the alignment found (about 5,000). */
function createButton(page: Page, locale: Locale): Locator {
  const label = msg(locale, 'Import.create', { rows: 2 });
  const prefix = label.slice(0, label.indexOf('2')).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('button', { name: new RegExp(`^${prefix}`) });
}

/** The first pager's "Rows 1–200 of 4,990" as its three numbers. */
async function rowsShown(page: Page): Promise<number[]> {
  const text = (await page.locator('.align-pager > span').first().textContent()) ?? '';
  return (text.match(/\d[\d,\s\u00a0\u202f]*/g) ?? []).map((n) => Number(n.replace(/\D/g, '')));
}

function bar(page: Page, locale: Locale): Locator {
  return page.getByRole('progressbar', { name: msg(locale, 'Import.progressLabel') });
}

/**
 * Reads the progress bar until `until` is visible, and answers every value it showed: the
 * percentage as the person saw it advance.
 */
async function watch(page: Page, locale: Locale, until: Locator): Promise<number[]> {
  const seen: number[] = [];
  await expect
    .poll(
      async () => {
        const values = await bar(page, locale).evaluateAll((els) => els.map((el) => (el as HTMLProgressElement).value));
        const value = values[0];
        if (value !== undefined && value !== seen.at(-1)) seen.push(value);
        return until.isVisible();
      },
      { intervals: [50], timeout: 240_000 },
    )
    .toBe(true);
  return seen;
}

function expectRising(seen: number[]) {
  expect(seen.length).toBeGreaterThanOrEqual(2);
  for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]!);
}

test('an admin imports a 600-page book through the wizard, watching the percentage rise, and reads it', async ({ page }) => {
  await loadBook(page, 'en');
  await page.getByRole('button', { name: msg('en', 'Import.align') }).click();
  const check = page.getByRole('heading', { name: msg('en', 'Import.checkTitle') });
  expectRising(await watch(page, 'en', check));

  // About 5,000 rows, shown 200 at a time.
  await expect(page.locator('.align-row')).toHaveCount(200);
  const [, , total = 0] = await rowsShown(page);
  expect(total).toBeGreaterThan(4_900);
  expect(await rowsShown(page)).toEqual([1, 200, total]);
  await page
    .getByRole('button', { name: msg('en', 'Import.nextRows') })
    .first()
    .click();
  await expect(page.locator('.align-row[data-row="201"]')).toBeVisible();
  await expect(page.locator('.align-row')).toHaveCount(200);
  expect(await rowsShown(page)).toEqual([201, 400, total]);

  await page.getByLabel(msg('en', 'Import.id')).fill('wizard-book');
  await createButton(page, 'en').click();
  await expect(bar(page, 'en')).toBeVisible();
  // The reader's first row (its anchor is #s-p1) ends the watch.
  expectRising(await watch(page, 'en', page.locator('[id="s-p1"]')));
  await expect(page).toHaveURL(/\/en\/read\/wizard-book/);
  await expect(page.locator('[id="s-p1"] [lang="zh-Hans"]')).toContainText('第1段这样写道');
});

for (const locale of LOCALES) {
  test(`cancelling the creation of a book leaves no document (${locale}), and the progress view fits 390 and 1440 px`, async ({
    page,
  }, testInfo) => {
    const shots = process.env.SHOTS ?? testInfo.outputDir;
    await page.setViewportSize({ width: 1440, height: 900 });
    await loadBook(page, locale);
    await page.getByRole('button', { name: msg(locale, 'Import.align') }).click();
    await expect(page.getByRole('heading', { name: msg(locale, 'Import.checkTitle') })).toBeVisible({ timeout: 240_000 });

    const id = `cancelled-book-${locale}`;
    await page.getByLabel(msg(locale, 'Import.id')).fill(id);
    await createButton(page, locale).click();
    const progress = bar(page, locale);
    // Preparing the segments and sentence links takes seconds: the view holds still for the pictures.
    await expect.poll(() => progress.evaluate((el) => (el as HTMLProgressElement).value), { intervals: [50] }).toBeGreaterThan(0);
    const view = page.locator('.import-progress');
    await view.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, `progress-${locale}-1440.png`) });
    await page.setViewportSize({ width: 390, height: 844 });
    await view.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, `progress-${locale}-390.png`) });

    await view.getByRole('button', { name: msg(locale, 'Import.cancel') }).click();
    await expect(page.getByRole('alert').filter({ hasText: msg(locale, 'Import.cancelled') })).toBeVisible({ timeout: 60_000 });
    await expect(progress).toHaveCount(0);
    // The draft stays, to try again; the document never existed.
    await expect(page.getByRole('heading', { name: msg(locale, 'Import.checkTitle') })).toBeVisible();
    expect((await page.goto(`/${locale}/read/${id}`))?.status()).toBe(404);
  });
}
