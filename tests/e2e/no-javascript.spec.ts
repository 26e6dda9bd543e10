import { expect, test } from '@playwright/test';
import { columnHeads, content, DOC, msg, readerPath } from './support';

test.use({ javaScriptEnabled: false });

test('reading, picking columns, the status toggle and the locale switch work without JavaScript', async ({ page }) => {
  await page.goto(readerPath('en', ['zh', 'ru']));
  await expect(page.getByRole('heading', { level: 1, name: content('zh').title })).toBeVisible();
  await expect(page.getByText(content('ru')['conclusion']!)).toBeVisible();

  await page.getByRole('link', { name: msg('en', 'Reader.add', { language: 'English' }) }).click();
  await expect(page).toHaveURL(/cols=zh(%2C|,)ru(%2C|,)en/);
  await expect.poll(() => columnHeads(page)).toEqual(['zh', 'ru', 'en']);

  await page.getByRole('link', { name: msg('en', 'Reader.showStatus') }).click();
  await expect(page.getByRole('heading', { name: msg('en', 'Status.legend') })).toBeVisible();

  await page
    .getByRole('navigation', { name: msg('en', 'LocaleSwitcher.label') })
    .getByRole('link', { name: 'Русский' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/ru/read/${DOC}\\?cols=zh(%2C|,)ru(%2C|,)en&status=1$`));
  await expect(page.getByRole('heading', { name: msg('ru', 'Status.legend') })).toBeVisible();
});
