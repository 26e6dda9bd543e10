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

/** Signs in as the admin, gives the wizard the three fixture texts and aligns them. */
async function alignFixture(page: Page) {
  await signIn(page, 'en', 'admin', '/import');
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
  await expect(page.getByRole('heading', { name: msg('en', 'Import.checkTitle') })).toBeVisible();
}

function row(page: Page, n: number): Locator {
  return page.locator(`.align-row[data-row="${n}"]`);
}

test('an admin imports a text with two translations, fixes a merged paragraph and reads the new document', async ({ page }) => {
  await alignFixture(page);
  // The first line looked like a title: it is the title, in every language, not a row.
  await expect(page.getByLabel(msg('en', 'Import.titleIn', { language: 'English' }))).toHaveValue('The Floating Library');
  await expect(page.getByLabel(msg('en', 'Import.titleIn', { language: 'Chinese' }))).toHaveValue('漂流图书馆');
  await expect(page.getByLabel(msg('en', 'Import.id'))).toHaveValue('the-floating-library');
  await page.getByLabel(msg('en', 'Import.id')).fill('floating-library');

  // Chinese merged paragraphs 3 and 4: the aligner pairs it with both, so row 2 holds two
  // English and two Russian paragraphs. Split every column of row 2 where paragraph 4 starts.
  await expect(page.locator('.align-row')).toHaveCount(7);
  // The row that needs a look says so: its English and Russian cells hold two paragraphs.
  await expect(row(page, 2).locator('.align-cell[data-lang="en"] .paragraph-count')).toHaveText(
    msg('en', 'Import.paragraphs', { count: 2 }),
  );
  await splitBefore(page, 2, 'English', 'On the first trip');
  await splitBefore(page, 2, 'Chinese', '第一次出航时');
  await splitBefore(page, 2, 'Russian', 'В первый рейс');
  await expect(page.locator('.align-row')).toHaveCount(8);
  await expect(page.getByLabel(msg('en', 'Import.cell', { row: 3, language: 'Chinese' }), { exact: true })).toHaveValue(
    /^第一次出航时/,
  );
  // The half cut off stays a paragraph, though it is short enough to pass for a heading.
  await expect(page.getByLabel(msg('en', 'Import.kindOf', { row: 3 }))).toHaveValue('paragraph');

  await page.getByRole('button', { name: msg('en', 'Import.create', { rows: 9 }) }).click();
  await expect(page).toHaveURL(/\/en\/read\/floating-library$/);
  await expect(page.getByRole('heading', { level: 1, name: 'The Floating Library' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '漂流图书馆' })).toBeVisible();
  const rows = await rowBoxes(page);
  expect(rows).toHaveLength(9);
  for (const r of rows) {
    const tops = r.cells.map((c) => c.top);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(1);
  }
  await expect(page.locator('#s-p3 .cell[data-lang="zh"]')).toContainText('第一次出航时');
  await expect(page.locator('#s-p3 .cell[data-lang="en"]')).toContainText('On the first trip');
  // Headings were recognised.
  await expect(page.getByRole('heading', { level: 2, name: '1. The boat and its route' })).toBeVisible();
});

test('a text pasted under the wrong language is caught, and one click swaps the two languages', async ({ page }) => {
  await signIn(page, 'en', 'admin', '/import');
  const original = source(page, msg('en', 'Import.source'));
  const first = source(page, msg('en', 'Import.translation', { n: 1 }));
  // Russian as the "English" original, English as the "Russian" translation.
  await original.getByLabel(msg('en', 'Import.orFile')).setInputFiles(path.join(FIXTURE, 'ru.txt'));
  await first.getByLabel(msg('en', 'Import.language')).selectOption('ru');
  await first.getByLabel(msg('en', 'Import.orFile')).setInputFiles(path.join(FIXTURE, 'en.txt'));
  await expect(
    original.getByText(msg('en', 'Import.languageMismatch', { detected: 'Russian', chosen: 'English' })),
  ).toBeVisible();
  await expect(first.getByText(msg('en', 'Import.languageMismatch', { detected: 'English', chosen: 'Russian' }))).toBeVisible();

  await original.getByRole('button', { name: msg('en', 'Import.useLanguage', { language: 'Russian' }) }).click();
  await expect(original.getByLabel(msg('en', 'Import.language'))).toHaveValue('ru');
  await expect(first.getByLabel(msg('en', 'Import.language'))).toHaveValue('en');
  await expect(page.locator('.language-warning')).toHaveCount(0);
  // Aligned under the right languages: the columns and the title say so.
  await page.getByRole('button', { name: msg('en', 'Import.align') }).click();
  await expect(page.getByLabel(msg('en', 'Import.titleIn', { language: 'Russian' }))).toHaveValue('Плавучая библиотека');
  await expect(page.getByLabel(msg('en', 'Import.id'))).toHaveValue('plavuchaya-biblioteka');
});

test('the title names the id, a bad id says why, and a kind and a cell are fixed before creating', async ({ page }) => {
  await alignFixture(page);
  const id = page.getByLabel(msg('en', 'Import.id'));
  await page.getByLabel(msg('en', 'Import.titleIn', { language: 'English' })).fill('War and Peace 1');
  await expect(id).toHaveValue('war-and-peace-1');
  await id.fill('War and Peace 1');
  await expect(page.getByText(msg('en', 'Import.idProblems.space', { suggestion: 'war-and-peace-1' }))).toBeVisible();
  await expect(page.getByRole('button', { name: msg('en', 'Import.create', { rows: 8 }) })).toBeDisabled();
  await page.getByRole('button', { name: msg('en', 'Import.useSuggestion', { suggestion: 'war-and-peace-1' }) }).click();
  await expect(id).toHaveValue('war-and-peace-1');

  // Row 3 was guessed a heading; the person makes it a paragraph.
  const kind = page.getByLabel(msg('en', 'Import.kindOf', { row: 3 }));
  await expect(kind).toHaveValue('heading');
  await kind.selectOption('paragraph');
  // A typo fixed in the Chinese cell of row 4 marks the row as checked by a person.
  const cell = page.getByLabel(msg('en', 'Import.cell', { row: 4, language: 'Chinese' }), { exact: true });
  await cell.fill('现在这条船是第三条船，建于2006年。');
  await cell.blur();
  await expect(row(page, 4).getByLabel(msg('en', 'Import.checkedByPerson'))).toBeChecked();
  await expect(row(page, 4).locator('.confidence')).toHaveCount(0);

  await page.getByRole('button', { name: msg('en', 'Import.create', { rows: 8 }) }).click();
  await expect(page).toHaveURL(/\/en\/read\/war-and-peace-1$/);
  await expect(page.getByRole('heading', { level: 1, name: 'War and Peace 1' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '1. The boat and its route' })).toHaveCount(0);
  await expect(page.locator('#s-p3 .cell[data-lang="en"]')).toContainText('1. The boat and its route');
  await expect(page.locator('#s-p4 .cell[data-lang="zh"]')).toContainText('现在这条船是第三条船，建于2006年。');
});

test('a split shifts the rows below, which are rescored as doubtful; merging back restores them', async ({ page }) => {
  await alignFixture(page);
  await expect(page.locator('.align-row[data-low="true"]')).toHaveCount(0);
  await splitBefore(page, 4, 'Russian', 'Её длина');
  await expect(page.locator('.align-row')).toHaveCount(8);
  // The person's cut: both halves are theirs, shown as checked, not as a confidence.
  for (const n of [4, 5]) {
    await expect(row(page, n).getByLabel(msg('en', 'Import.checkedByPerson'))).toBeChecked();
    await expect(row(page, n).locator('.confidence')).toHaveCount(0);
  }
  // Every Russian cell below now sits one row too low: those rows are doubtful, not 100%.
  for (const n of [6, 7]) {
    await expect(row(page, n)).toHaveAttribute('data-low', 'true');
    await expect(row(page, n).locator('.confidence')).not.toHaveText('100%');
  }

  await page
    .getByRole('group', { name: msg('en', 'Import.toolsFor', { row: 4, language: 'Russian' }) })
    .getByRole('button', { name: msg('en', 'Import.merge') })
    .click();
  await expect(page.locator('.align-row')).toHaveCount(7);
  await expect(page.locator('.align-row[data-low="true"]')).toHaveCount(0);
  await expect(row(page, 4).getByLabel(msg('en', 'Import.checkedByPerson'))).toBeChecked();
  await expect(row(page, 5).getByLabel(msg('en', 'Import.checkedByPerson'))).not.toBeChecked();
});

test('an admin renames a document and deletes it; its reader is gone on the next request', async ({ page, browser }) => {
  await signIn(page, 'en', 'admin', '/import');
  await source(page, msg('en', 'Import.source'))
    .getByLabel(msg('en', 'Import.text'), { exact: true })
    .fill('A Short Note\n\nThe boat sails on Saturdays.\n\nIt carries books to 14 villages.');
  await source(page, msg('en', 'Import.translation', { n: 1 }))
    .getByLabel(msg('en', 'Import.text'), { exact: true })
    .fill('短札\n\n船每逢星期六出航。\n\n它把书送到14个村庄。');
  await page.getByRole('button', { name: msg('en', 'Import.align') }).click();
  await expect(page.getByLabel(msg('en', 'Import.id'))).toHaveValue('a-short-note');
  await page.getByRole('button', { name: msg('en', 'Import.create', { rows: 3 }) }).click();
  await expect(page).toHaveURL(/\/en\/read\/a-short-note$/);

  await page.goto('/en/review');
  const card = page.locator('.document-card', { has: page.getByRole('heading', { name: 'A Short Note' }) });
  await card.getByText(msg('en', 'Documents.manage')).click();
  await card.getByLabel(msg('en', 'Documents.titleIn', { language: 'English' })).fill('A Longer Note');
  await card.getByRole('button', { name: msg('en', 'Documents.rename') }).click();
  const renamed = page.locator('.document-card', { has: page.getByRole('heading', { name: 'A Longer Note' }) });
  await expect(renamed).toBeVisible();
  await expect(page.getByRole('heading', { name: 'A Short Note' })).toHaveCount(0);
  const anonymous = await browser.newContext();
  const reader = await anonymous.newPage();
  await reader.goto('/en/read/a-short-note');
  await expect(reader.getByRole('heading', { level: 1, name: 'A Longer Note' })).toBeVisible();

  // The panel stays open across the refresh that showed the new title.
  await renamed.getByRole('button', { name: msg('en', 'Documents.delete') }).click();
  const confirm = renamed.getByRole('alertdialog');
  await expect(confirm).toContainText(msg('en', 'Documents.confirmDelete', { title: 'A Longer Note' }));
  await confirm.getByRole('button', { name: msg('en', 'Documents.deleteForGood') }).click();
  await expect(page.getByRole('heading', { name: 'A Longer Note' })).toHaveCount(0);

  // The very next request: 404 for the admin and for an anonymous reader (the cached reader too).
  expect((await page.goto('/en/read/a-short-note'))?.status()).toBe(404);
  expect((await reader.goto('/en/read/a-short-note'))?.status()).toBe(404);
  await reader.goto('/en');
  await expect(reader.locator('a[href*="/read/a-short-note"]')).toHaveCount(0);
  await anonymous.close();
});

test('translators and reviewers are offered no rename or delete', async ({ page }) => {
  await signIn(page, 'en', 'reviewer', '/review');
  await expect(page.getByRole('heading', { name: msg('en', 'Review.indexTitle') })).toBeVisible();
  await expect(page.getByText(msg('en', 'Documents.manage'))).toHaveCount(0);
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
