import { expect, test } from '@playwright/test';
import { content, DOC, LANG_TAG, languageName, LOCALES, msg } from './support';

for (const locale of LOCALES) {
  test(`home lists documents with languages and coverage, ${locale} UI`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.locator('html')).toHaveAttribute('lang', LANG_TAG[locale]);
    await expect(page).toHaveTitle(msg(locale, 'Metadata.homeTitle'));
    await expect(page.getByRole('heading', { level: 1, name: msg(locale, 'Home.title') })).toBeVisible();

    // The seed article's title in the UI language, linking to the reader.
    const card = page.getByRole('article', { name: content(locale).title });
    await expect(card).toBeVisible();
    for (const lang of ['zh', 'ru'] as const) {
      await expect(card).toContainText(
        msg(locale, 'Home.coverage', { language: languageName(locale, lang), translated: 15, total: 15, checked: 0 }),
      );
    }
    // The fixture document lacks most of its Russian: its coverage says so.
    await expect(page.getByRole('article', { name: /Reading Room|阅览室|читального/ })).toContainText(
      msg(locale, 'Home.coverage', { language: languageName(locale, 'ru'), translated: 1, total: 4, checked: 0 }),
    );

    await card.getByRole('link', { name: msg(locale, 'Home.read') }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/read/${DOC}\\?cols=en(%2C|,)zh(%2C|,)ru$`));
    await expect(page.getByRole('heading', { level: 1, name: content('ru').title })).toBeVisible();
  });
}

test('/ goes to the best match for Accept-Language on a first visit', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/ru$/);
  await context.close();

  const zhContext = await browser.newContext({ locale: 'zh-CN' });
  const zhPage = await zhContext.newPage();
  await zhPage.goto('/');
  await expect(zhPage).toHaveURL(/\/zh$/);
  await zhContext.close();
});

test('/ goes to the locale the visitor chose before', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto('/ru');
  await page
    .getByRole('navigation', { name: msg('ru', 'LocaleSwitcher.label') })
    .getByRole('link', { name: '中文' })
    .click();
  await expect(page).toHaveURL(/\/zh$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/zh$/);
  await context.close();
});
