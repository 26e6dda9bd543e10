import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { msg, rowBoxes, signIn } from './support';

const FIXTURE = fileURLToPath(new URL('../fixtures/import/zh-merged/', import.meta.url));

function source(page: Page, legend: string): Locator {
  return page.getByRole('group', { name: legend });
}

/** Puts the cursor in a cell where the text `before` starts, then splits the cell there. */
async function splitBefore(page: Page, row: number, language: string, before: string) {
  const cell = page.getByLabel(msg('en', 'Import.cell', { row, language }), { exact: true });
  await cell.evaluate((el, text) => {
    const area = el as HTMLTextAreaElement;
    const at = area.value.indexOf(text);
    if (at < 0) throw new Error(`"${text}" is not in the cell`);
    area.focus();
    area.setSelectionRange(at, at);
  }, before);
  await page
    .getByRole('group', { name: msg('en', 'Import.toolsFor', { row, language }) })
    .getByRole('button', { name: msg('en', 'Import.split') })
    .click();
}

test('an admin imports a text with two translations, fixes a merged paragraph and reads the new document', async ({ page }) => {
  await signIn(page, 'en', 'admin', '/import');
  await page.getByLabel(msg('en', 'Import.id')).fill('floating-library');
  for (const [legend, file, lang] of [
    [msg('en', 'Import.source'), 'en.txt', 'en'],
    [msg('en', 'Import.translation', { n: 1 }), 'zh.txt', 'zh'],
    [msg('en', 'Import.translation', { n: 2 }), 'ru.txt', 'ru'],
  ] as const) {
    const group = source(page, legend);
    await group.getByLabel(msg('en', 'Import.language')).selectOption(lang);
    await group.getByLabel(msg('en', 'Import.orFile')).setInputFiles(path.join(FIXTURE, file));
    await expect(group.getByLabel(msg('en', 'Import.text'), { exact: true })).not.toHaveValue('');
  }
  await page.getByRole('button', { name: msg('en', 'Import.align') }).click();

  // Chinese merged paragraphs 3 and 4: the aligner pairs it with both, so row 3 holds two
  // English and two Russian paragraphs. Split every column of row 3 where paragraph 4 starts.
  await expect(page.getByRole('heading', { name: msg('en', 'Import.checkTitle') })).toBeVisible();
  await expect(page.locator('.align-row')).toHaveCount(8);
  // The row that needs a look says so: its English and Russian cells hold two paragraphs.
  await expect(page.locator('.align-row[data-row="3"] .align-cell[data-lang="en"] .paragraph-count')).toHaveText(
    msg('en', 'Import.paragraphs', { count: 2 }),
  );
  await splitBefore(page, 3, 'English', 'On the first trip');
  await splitBefore(page, 3, 'Chinese', '第一次出航时');
  await splitBefore(page, 3, 'Russian', 'В первый рейс');
  await expect(page.locator('.align-row')).toHaveCount(9);
  await expect(page.getByLabel(msg('en', 'Import.cell', { row: 4, language: 'Chinese' }), { exact: true })).toHaveValue(
    /^第一次出航时/,
  );

  await page.getByRole('button', { name: msg('en', 'Import.create', { rows: 9 }) }).click();
  await expect(page).toHaveURL(/\/en\/read\/floating-library$/);
  await expect(page.getByRole('heading', { level: 1, name: 'The Floating Library' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '漂流图书馆' })).toBeVisible();
  const rows = await rowBoxes(page);
  expect(rows).toHaveLength(9);
  for (const row of rows) {
    const tops = row.cells.map((c) => c.top);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(1);
  }
  await expect(page.locator('#s-p4 .cell[data-lang="zh"]')).toContainText('第一次出航时');
  await expect(page.locator('#s-p4 .cell[data-lang="en"]')).toContainText('On the first trip');
  // Headings were recognised.
  await expect(page.getByRole('heading', { level: 2, name: '1. The boat and its route' })).toBeVisible();
});

test('a file that is not UTF-8 text gets a clear error and nothing is created', async ({ page }) => {
  await signIn(page, 'en', 'admin', '/import');
  const group = source(page, msg('en', 'Import.source'));
  await group.getByLabel(msg('en', 'Import.orFile')).setInputFiles({
    name: 'latin1.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]),
  });
  await expect(group.getByRole('alert')).toHaveText(msg('en', 'Import.errors.notUtf8', { file: 'latin1.txt' }));
  await page.getByLabel(msg('en', 'Import.id')).fill('nothing-here');
  await page.getByRole('button', { name: msg('en', 'Import.align') }).click();
  await expect(group.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('heading', { name: msg('en', 'Import.checkTitle') })).toHaveCount(0);
  const response = await page.goto('/en/read/nothing-here');
  expect(response?.status()).toBe(404);
});

test('only administrators may import', async ({ page }) => {
  await signIn(page, 'en', 'reviewer', '/import');
  await expect(page.getByText(msg('en', 'Import.errors.forbidden'))).toBeVisible();
  await expect(page.getByRole('button', { name: msg('en', 'Import.align') })).toHaveCount(0);
});
