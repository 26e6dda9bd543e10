import { expect, test } from '@playwright/test';
import { languageName, msg, signIn } from './support';

const DOC = 'exchange-en';

test('a translator downloads XLIFF from the review page, edits it and imports it back (en UI)', async ({ page }) => {
  await signIn(page, 'en', 'translator', '/review');
  const card = page.locator('li.document-card', { has: page.locator(`a[href*="/review/${DOC}/"]`) });
  const link = card.getByRole('link', { name: msg('en', 'Exchange.xliff', { language: languageName('en', 'zh') }) });

  const href = await link.getAttribute('href');
  const response = await page.request.get(href ?? '');
  expect(response.headers()['content-type']).toBe('application/xliff+xml; charset=utf-8');
  expect(response.headers()['content-disposition']).toBe(`attachment; filename="${DOC}.zh.xlf"`);

  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(`${DOC}.zh.xlf`);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const xliff = Buffer.concat(chunks).toString('utf8');
  expect(xliff).toContain('<unit id="departure"');

  const edited = xliff.replace(/(<unit id="departure"[\s\S]*?<target>)[^<]*(<\/target>)/, '$1列车于23:40准点驶离新西伯利亚。$2');
  expect(edited).not.toBe(xliff);
  await card.getByLabel(msg('en', 'Exchange.fileLabel')).setInputFiles({
    name: `${DOC}.zh.xlf`,
    mimeType: 'application/xliff+xml',
    buffer: Buffer.from(edited, 'utf8'),
  });
  await card.getByRole('button', { name: msg('en', 'Exchange.check') }).click();
  await expect(card.getByRole('status')).toHaveText(
    msg('en', 'Exchange.checked', { added: 0, changed: 1, unchanged: 5, conflicting: 0 }),
  );

  await card.getByRole('button', { name: msg('en', 'Exchange.apply') }).click();
  await expect(card.getByRole('status')).toHaveText(
    msg('en', 'Exchange.applied', { added: 0, changed: 1, unchanged: 5, conflicting: 0 }),
  );

  const after = await page.request.get(`/api/documents/${DOC}/export?format=tsv&lang=zh`);
  expect(after.headers()['content-type']).toBe('text/tab-separated-values; charset=utf-8');
  expect(await after.text()).toContain('列车于23:40准点驶离新西伯利亚。');
});

test('a broken file is refused with its line and column, and nothing is imported (en UI)', async ({ page }) => {
  await signIn(page, 'en', 'translator', '/review');
  const card = page.locator('li.document-card', { has: page.locator(`a[href*="/review/${DOC}/"]`) });
  await card.getByLabel(msg('en', 'Exchange.fileLabel')).setInputFiles({
    name: 'broken.xlf',
    mimeType: 'application/xliff+xml',
    buffer: Buffer.from('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<x>&e;</x>'),
  });
  await card.getByRole('button', { name: msg('en', 'Exchange.check') }).click();
  await expect(card.getByRole('status')).toContainText('line 2, column');
  await expect(card.getByRole('button', { name: msg('en', 'Exchange.apply') })).toBeDisabled();
});
