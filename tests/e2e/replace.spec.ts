import { expect, type Page, test } from '@playwright/test';
import { LOCALES, type Locale, msg, practiceText, seriousViolations, signIn } from './support';

/** Each UI locale replaces in its own copy of the practice document (scripts/e2e-server.sh). */
const CASES: Record<Locale, { lang: Locale; find: string; replace: string; regex: boolean; segments: string[] }> = {
  // Literal: the city's name in the title and in the arrival.
  en: { lang: 'zh', find: '伊尔库茨克', replace: '伊尔库次克', regex: false, segments: ['title', 'arrival'] },
  // A regular expression with groups: 23:40 written the Russian way.
  zh: { lang: 'ru', find: '(\\d+):(\\d+)', replace: '$1.$2', regex: true, segments: ['departure'] },
  ru: { lang: 'zh', find: '伊尔库茨克', replace: '伊尔库次克', regex: false, segments: ['title', 'arrival'] },
};

const row = (page: Page, segmentId: string) => page.locator(`#r-${segmentId}`);

for (const locale of LOCALES) {
  const { lang, find, replace, regex, segments } = CASES[locale];
  const doc = `replace-${locale}`;

  test(`search and replace: a preview of word diffs, then one edit per translation (${locale} UI)`, async ({ page }) => {
    await signIn(page, locale, 'reviewer', `/review/${doc}/${lang}`);
    const panel = page.locator('details.replace-panel');
    await panel.locator('summary').click();
    await panel.getByLabel(msg(locale, 'Replace.find'), { exact: true }).fill(find);
    await panel.getByLabel(msg(locale, 'Replace.replaceWith')).fill(replace);
    if (regex) await panel.getByLabel(msg(locale, 'Replace.regex')).check();
    await panel.getByRole('button', { name: msg(locale, 'Replace.preview') }).click();

    const preview = panel.getByRole('region', { name: msg(locale, 'Replace.previewLabel') });
    const expected = segments.map((id) => {
      const before = practiceText(lang, id);
      return regex ? before.replace(new RegExp(find, 'g'), replace) : before.replaceAll(find, replace);
    });
    await expect(preview.getByRole('listitem')).toHaveCount(segments.length);
    // The preview is a word diff: the old words struck out, the new ones marked as added.
    await expect(preview.locator('del').first()).toBeVisible();
    await expect(preview.locator('ins').first()).toBeVisible();
    expect(await seriousViolations(page, 'details.replace-panel')).toEqual([]);
    // Nothing is saved by a preview.
    await expect(row(page, segments[0]!).getByRole('textbox')).toHaveValue(practiceText(lang, segments[0]!));

    await preview.getByRole('button', { name: msg(locale, 'Replace.apply', { count: segments.length }) }).click();
    await expect(panel.getByRole('status')).toHaveText(msg(locale, 'Replace.done', { count: segments.length }));
    for (const [i, id] of segments.entries()) {
      await expect(row(page, id).getByRole('textbox')).toHaveValue(expected[i]!);
    }

    // The history of a changed translation has the edit, as a word diff.
    const changed = row(page, segments[0]!);
    await changed.getByRole('button', { name: msg(locale, 'Review.history') }).click();
    const latest = changed
      .getByRole('list', { name: msg(locale, 'Review.history') })
      .getByRole('listitem')
      .first();
    await expect(latest).toContainText(msg(locale, 'Review.actions.edit'));
    await expect(latest.getByRole('group', { name: msg(locale, 'Review.historyChange') }).locator('ins')).toBeVisible();

    // The same search again finds nothing left to change.
    await panel.getByRole('button', { name: msg(locale, 'Replace.preview') }).click();
    await expect(preview.getByRole('status')).toHaveText(msg(locale, 'Replace.none'));
  });
}

test('a malformed regular expression is named, and nothing is previewed', async ({ page }) => {
  await signIn(page, 'en', 'reviewer', '/review/replace-en/ru');
  const panel = page.locator('details.replace-panel');
  await panel.locator('summary').click();
  await panel.getByLabel(msg('en', 'Replace.find'), { exact: true }).fill('Иркутск(');
  await panel.getByLabel(msg('en', 'Replace.regex')).check();
  await panel.getByRole('button', { name: msg('en', 'Replace.preview') }).click();
  await expect(panel.getByRole('alert')).toContainText('missing closing )');
  await expect(panel.getByRole('region', { name: msg('en', 'Replace.previewLabel') })).toHaveCount(0);
});
