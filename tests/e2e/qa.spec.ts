import { expect, type Page, test } from '@playwright/test';
import { languageName, LOCALES, type Locale, msg, practiceText, seriousViolations, signIn } from './support';

/** Each UI locale breaks its own copy of the practice document, in one target language. */
const TARGET: Record<Locale, Locale> = { en: 'zh', zh: 'ru', ru: 'zh' };

for (const locale of LOCALES) {
  const lang = TARGET[locale];
  const doc = `qa-${locale}`;
  const row = (page: Page, segmentId: string) => page.locator(`#r-${segmentId}`);
  const editorOf = (page: Page, number: number) =>
    page.getByLabel(msg(locale, 'Review.translationOf', { number, language: languageName(locale, lang) }));

  test(`a reviewer sees, filters and dismisses a failing check, then inserts a memory suggestion, ${locale} UI`, async ({
    page,
  }) => {
    await signIn(page, locale, 'reviewer', `/review/${doc}/${lang}`);
    await expect(page.getByText(msg(locale, 'Review.shown', { shown: 6, total: 6 }))).toBeVisible();

    // A changed time is an error, shown beside the segment in the UI language with its severity.
    const departure = row(page, 'departure');
    const editor = editorOf(page, 2);
    await editor.fill(practiceText(lang, 'departure').replace('23:40', '23:45'));
    await editor.press('Control+Enter');
    const reason = departure.getByText(msg(locale, 'Qa.messages.numbers-missing', { items: '40' }));
    await expect(reason).toBeVisible();
    await expect(departure.locator('.qa-finding[data-check="numbers"]').first()).toContainText(msg(locale, 'Qa.severity.error'));
    await expect(await seriousViolations(page, '#r-departure')).toEqual([]);

    // Filter by the failing check: only that segment is left, and the filter is in the URL.
    await page.getByLabel(msg(locale, 'Qa.filter')).selectOption('numbers');
    await expect(page).toHaveURL(/check=numbers/);
    await expect(page.getByText(msg(locale, 'Review.shown', { shown: 1, total: 6 }))).toBeVisible();
    await expect(departure).toBeVisible();

    // Dismissed as a false positive: the row no longer fails the check, so the filter empties.
    await departure
      .getByRole('button', { name: msg(locale, 'Qa.dismissCheck', { check: msg(locale, 'Qa.checks.numbers') }) })
      .click();
    await expect(page.getByText(msg(locale, 'Review.shown', { shown: 0, total: 6 }))).toBeVisible();
    await page.getByLabel(msg(locale, 'Qa.filter')).selectOption('');
    await expect(departure.getByText(msg(locale, 'Qa.dismissedCount', { count: 2 }))).toBeVisible();

    // An edit brings the finding back: the dismissal was for the text, not the segment.
    await editor.fill(practiceText(lang, 'departure').replace('23:40', '23:50'));
    await editor.press('Control+Enter');
    await expect(departure.getByText(msg(locale, 'Qa.messages.numbers-missing', { items: '40' }))).toBeVisible();

    // Translation memory: check the same segment in another document, then insert it here with one key.
    await page.goto(`/${locale}/review/${doc}-memory/${lang}`);
    await row(page, 'lake')
      .getByRole('button', { name: msg(locale, 'Review.check') })
      .click();
    await expect(row(page, 'lake').locator('.badge').first()).toHaveText(msg(locale, 'Status.checked'));
    await page.goto(`/${locale}/review/${doc}/${lang}`);
    const lakeEditor = editorOf(page, 3);
    await lakeEditor.fill('—');
    const memory = row(page, 'lake').getByRole('region', { name: msg(locale, 'Memory.title') });
    // Other documents (and other locales' runs) may hold the same checked text: exact matches come first either way.
    await expect(memory.getByText(msg(locale, 'Memory.exact')).first()).toBeVisible();
    await expect(memory.getByText(msg(locale, 'Memory.howExact'), { exact: false }).first()).toBeVisible();
    await lakeEditor.press('Alt+Shift+Digit1');
    await expect(lakeEditor).toHaveValue(practiceText(lang, 'lake'));
    await expect(await seriousViolations(page, '#r-lake')).toEqual([]);
  });
}

test('the glossary page lists the seed terms and passes axe; terms are marked in the workspace source', async ({ page }) => {
  await page.goto('/en/glossary?doc=sino-russian-cooperation');
  await expect(page.getByText('丝绸之路经济带')).toBeVisible();
  expect(await seriousViolations(page, 'main')).toEqual([]);
  await page.goto('/ru/review/sino-russian-cooperation/ru');
  const term = page.locator('#r-intro-conference .glossary-term').first();
  await term.focus();
  await expect(term.getByRole('tooltip')).toContainText('Восточно-Китайский педагогический университет');
});
