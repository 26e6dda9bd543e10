import { expect, type Page, test } from '@playwright/test';
import { msg, practiceText, signIn } from './support';

/** The practice copy of the document-page test whose note segment no other test touches. */
const MEMORY_DOC = 'claim-ru';

async function checkByApi(page: Page, doc: string, segment: string, lang: string) {
  const workspace = await (await page.request.get(`/api/review/${doc}/${lang}`)).json();
  const target = workspace.rows.find((r: { segmentId: string }) => r.segmentId === segment).target;
  const response = await page.request.patch(`/api/translations/${doc}/${segment}/${lang}`, {
    data: { action: 'check', version: target.version },
  });
  expect([200, 422]).toContain(response.status()); // 422: checked already
}

test('the import wizard says how many missing translations memory filled in, then opens the document', async ({ page }) => {
  await signIn(page, 'en', 'admin', '/import');
  // A checked Chinese translation of the very paragraph the new text holds.
  await checkByApi(page, MEMORY_DOC, 'credit', 'zh');

  const group = (legend: string) => page.getByRole('group', { name: legend });
  const source = group(msg('en', 'Import.source'));
  await source.getByLabel(msg('en', 'Import.language')).selectOption('en');
  await source
    .getByLabel(msg('en', 'Import.text'), { exact: true })
    .fill(`Notes From the Train\n\n${practiceText('en', 'departure')}\n\n${practiceText('en', 'credit')}`);
  const first = group(msg('en', 'Import.translation', { n: 1 }));
  await first.getByLabel(msg('en', 'Import.language')).selectOption('zh');
  await first
    .getByLabel(msg('en', 'Import.text'), { exact: true })
    .fill(`火车札记\n\n${practiceText('zh', 'departure')}\n\n一段不相干的文字。`);
  await page.getByRole('button', { name: msg('en', 'Import.align') }).click();
  await expect(page.getByRole('heading', { name: msg('en', 'Import.checkTitle') })).toBeVisible();
  // The Chinese of the note is left out: the row's translation is missing, and memory has one.
  await page
    .getByRole('group', { name: msg('en', 'Import.toolsFor', { row: 2, language: 'Chinese' }) })
    .getByRole('button', { name: msg('en', 'Import.omit') })
    .click();
  await page.getByLabel(msg('en', 'Import.id')).fill('notes-from-memory');
  await page.getByRole('button', { name: msg('en', 'Import.create', { rows: 3 }) }).click();

  const done = page.getByRole('status').filter({ hasText: msg('en', 'Import.created', { id: 'notes-from-memory' }) });
  await expect(done).toContainText(msg('en', 'Import.preTranslated', { count: 1 }));
  await done.getByRole('link', { name: msg('en', 'Import.openDocument') }).click();
  await expect(page).toHaveURL(/\/en\/read\/notes-from-memory$/);
  await expect(page.locator('#s-p2 .cell[data-lang="zh"]')).toContainText(practiceText('zh', 'credit'));
});
