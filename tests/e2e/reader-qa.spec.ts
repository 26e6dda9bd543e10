import { expect, type Page, test } from '@playwright/test';
import { languageName, LOCALES, type Locale, msg, practiceText, signIn } from './support';

/** Each UI locale breaks its own copy of the practice document, in one target language. */
const TARGET: Record<Locale, Locale> = { en: 'zh', zh: 'ru', ru: 'zh' };

for (const locale of LOCALES) {
  const lang = TARGET[locale];
  const doc = `qaflags-${locale}`;
  const reader = `/${locale}/read/${doc}?cols=en.zh.ru`;
  const flagsOf = (page: Page) => page.locator(`#s-departure .cell[data-lang="${lang}"] .qa-flags`);

  test(`a reviewer turns quality flags on in the reader and sees a failing check; anonymous readers get neither, ${locale} UI`, async ({
    page,
    browser,
  }) => {
    // Break a translation through the workspace: a changed time fails the numbers check.
    await signIn(page, locale, 'reviewer', `/review/${doc}/${lang}`);
    const editor = page.getByLabel(msg(locale, 'Review.translationOf', { number: 2, language: languageName(locale, lang) }));
    await editor.fill(practiceText(lang, 'departure').replace('23:40', '23:45'));
    await editor.press('Control+Enter');
    await expect(
      page.locator('#r-departure').getByText(msg(locale, 'Qa.messages.numbers-missing', { items: '40' })),
    ).toBeVisible();

    // In the reader the flags are off until asked for, then shown under the cell with severity and reason.
    await page.goto(reader);
    await expect(flagsOf(page)).toHaveCount(0);
    await page.getByRole('link', { name: msg(locale, 'Reader.showQa') }).click();
    await expect(page).toHaveURL(/qa=1/);
    const flag = flagsOf(page).locator('.qa-flag[data-check="numbers"]').first();
    await expect(flag).toContainText(msg(locale, 'Qa.severity.error'));
    await expect(flag).toContainText(msg(locale, 'Qa.messages.numbers-missing', { items: '40' }));
    await expect(flagsOf(page)).toHaveAttribute('lang', { en: 'en', zh: 'zh-Hans', ru: 'ru' }[locale]);
    // The finding belongs to the changed translation only: not to the source, nor to a segment left alone.
    await expect(page.locator('.cell[data-lang="en"] .qa-flags')).toHaveCount(0);
    await expect(page.locator('#s-lake .qa-flag[data-check="numbers"]')).toHaveCount(0);
    await page.getByRole('link', { name: msg(locale, 'Reader.hideQa') }).click();
    await expect(flagsOf(page)).toHaveCount(0);

    // Someone not signed in asking for the same view gets the cached reader: no option, no flags.
    const anonymous = await browser.newContext();
    const other = await anonymous.newPage();
    await other.goto(new URL(`${reader}&qa=1`, page.url()).toString());
    await expect(other.locator(`#s-departure .cell[data-lang="${lang}"]`)).toContainText('23:45');
    await expect(other.locator('.qa-flags')).toHaveCount(0);
    await expect(other.getByRole('link', { name: msg(locale, 'Reader.showQa') })).toHaveCount(0);
    await expect(other.getByRole('link', { name: msg(locale, 'Reader.hideQa') })).toHaveCount(0);
    await anonymous.close();
  });
}
