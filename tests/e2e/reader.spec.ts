import { expect, test } from '@playwright/test';
import { columnHeads, content, DOC, ENDONYM, LANG_TAG, languageName, LOCALES, msg, readerPath, rowBoxes } from './support';

for (const locale of LOCALES) {
  test.describe(`reader, ${locale} UI`, () => {
    test('shows the article in three aligned columns, each cell in its language', async ({ page }) => {
      await page.goto(readerPath(locale, ['en', 'zh', 'ru']));
      await expect(page.locator('html')).toHaveAttribute('lang', LANG_TAG[locale]);
      const titleIn = locale === 'en' ? content('en').title : content(locale).title;
      await expect(page).toHaveTitle(`${titleIn} · Triglot`);

      for (const lang of ['en', 'zh', 'ru'] as const) {
        await expect(page.getByRole('heading', { level: 1, name: content(lang).title })).toBeVisible();
        await expect(page.getByText(content(lang)['p4-sreb-eaeu']!)).toHaveAttribute('class', /segment-text/);
      }
      const heads = page.getByRole('navigation', { name: msg(locale, 'Reader.columns') }).locator('.column-name');
      await expect(heads).toHaveText([
        new RegExp(`^${languageName(locale, 'en')}`),
        new RegExp(`^${languageName(locale, 'zh')}`),
        new RegExp(`^${languageName(locale, 'ru')}`),
      ]);

      const rows = await rowBoxes(page);
      expect(rows).toHaveLength(15);
      const langs = await page
        .locator('#s-intro-conference .cell')
        .evaluateAll((cells) => cells.map((c) => c.getAttribute('lang')));
      expect(langs).toEqual(['en', 'zh-Hans', 'ru']);
      // No cell's text is cut off: nothing overflows its box.
      const overflowing = await page
        .locator('.cell')
        .evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent?.slice(0, 40)));
      expect(overflowing).toEqual([]);
    });

    test('the column picker adds, moves and removes columns and keeps them in the URL', async ({ page }) => {
      await page.goto(readerPath(locale, ['zh']));
      await expect.poll(() => columnHeads(page)).toEqual(['zh']);
      await expect(
        page.getByRole('link', { name: msg(locale, 'Reader.remove', { language: languageName(locale, 'zh') }) }),
      ).toHaveCount(0);

      await page.getByRole('link', { name: msg(locale, 'Reader.add', { language: languageName(locale, 'ru') }) }).click();
      await expect(page).toHaveURL(/cols=zh%2Cru|cols=zh,ru/);
      await expect.poll(() => columnHeads(page)).toEqual(['zh', 'ru']);

      await page.getByRole('link', { name: msg(locale, 'Reader.moveLeft', { language: languageName(locale, 'ru') }) }).click();
      await expect(page).toHaveURL(/cols=ru%2Czh|cols=ru,zh/);
      await expect.poll(() => columnHeads(page)).toEqual(['ru', 'zh']);
      const firstRow = await page
        .locator('#s-title .cell')
        .evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.lang));
      expect(firstRow).toEqual(['ru', 'zh']);

      await page.getByRole('link', { name: msg(locale, 'Reader.add', { language: languageName(locale, 'en') }) }).click();
      await expect(page).toHaveURL(/cols=ru%2Czh%2Cen|cols=ru,zh,en/);
      await expect(
        page.getByRole('link', { name: msg(locale, 'Reader.add', { language: languageName(locale, 'en') }) }),
      ).toHaveCount(0);

      await page.getByRole('link', { name: msg(locale, 'Reader.remove', { language: languageName(locale, 'zh') }) }).click();
      await expect(page).toHaveURL(/cols=ru%2Cen|cols=ru,en/);
      await expect.poll(() => columnHeads(page)).toEqual(['ru', 'en']);
    });

    test('switching the UI language keeps the document, the columns and the anchor', async ({ page }) => {
      const next = LOCALES[(LOCALES.indexOf(locale) + 1) % LOCALES.length]!;
      await page.goto(readerPath(locale, ['ru', 'zh'], '#s-p2-economy'));
      await page
        .getByRole('navigation', { name: msg(locale, 'LocaleSwitcher.label') })
        .getByRole('link', { name: ENDONYM[next] })
        .click();
      await expect(page).toHaveURL(new RegExp(`/${next}/read/${DOC}\\?cols=ru(%2C|,)zh#s-p2-economy$`));
      await expect(page.locator('html')).toHaveAttribute('lang', LANG_TAG[next]);
      await expect.poll(() => columnHeads(page)).toEqual(['ru', 'zh']);
      await expect(page.locator('#s-p2-economy')).toBeInViewport();
    });
  });
}

test('the locale switch keeps the reading place when the URL has no anchor', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(readerPath('en', ['en', 'ru']));
  await page.locator('#s-p3-regional').evaluate((row) => row.scrollIntoView({ block: 'start' }));
  await page
    .getByRole('navigation', { name: msg('en', 'LocaleSwitcher.label') })
    .getByRole('link', { name: 'Русский' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/ru/read/${DOC}\\?cols=en(%2C|,)ru#s-(h3|p3)-regional$`));
  await expect(page.locator('#s-p3-regional')).toBeInViewport();
});

test('columns come from the URL, in its order; unusable values fall back to the document order', async ({ page }) => {
  await page.goto(readerPath('en', ['ru', 'en']));
  await expect.poll(() => columnHeads(page)).toEqual(['ru', 'en']);
  await page.goto(readerPath('en', ['de', 'xx']));
  await expect.poll(() => columnHeads(page)).toEqual(['en', 'zh', 'ru']);
});

const PAIRS = [
  ['en', 'zh'],
  ['zh', 'en'],
  ['en', 'ru'],
  ['ru', 'en'],
  ['zh', 'ru'],
  ['ru', 'zh'],
];
const TRIPLES = [
  ['en', 'zh', 'ru'],
  ['en', 'ru', 'zh'],
  ['zh', 'en', 'ru'],
  ['zh', 'ru', 'en'],
  ['ru', 'en', 'zh'],
  ['ru', 'zh', 'en'],
];

test('every paragraph starts at the same height in every column, for every column choice', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const cols of [...PAIRS, ...TRIPLES]) {
    await page.goto(readerPath('en', cols));
    await page.evaluate(() => document.fonts.ready);
    const rows = await rowBoxes(page);
    expect(rows).toHaveLength(15);
    for (const row of rows) {
      expect(
        row.cells.map((c) => c.lang),
        `${cols} ${row.id}`,
      ).toEqual(cols);
      const tops = row.cells.map((c) => c.top);
      expect(Math.max(...tops) - Math.min(...tops), `${cols.join(',')} row ${row.id}`).toBeLessThanOrEqual(1);
      // Side by side: each column to the right of the one before.
      row.cells.slice(1).forEach((cell, i) => expect(cell.left).toBeGreaterThan(row.cells[i]!.left));
    }
  }
});

test('below 768 px the languages are interleaved per segment and labelled', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(readerPath('en', ['en', 'zh', 'ru']));
  await page.evaluate(() => document.fonts.ready);
  for (const row of await rowBoxes(page)) {
    for (let i = 1; i < row.cells.length; i += 1) {
      expect(row.cells[i]!.top, `row ${row.id}`).toBeGreaterThanOrEqual(row.cells[i - 1]!.bottom - 0.5);
    }
  }
  const labels = page.locator('#s-intro-conference .cell-label');
  await expect(labels).toHaveText(['English', 'Chinese', 'Russian']);
  await expect(labels.first()).toBeVisible();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
});

test('hovering or focusing a paragraph highlights its counterparts only', async ({ page }) => {
  await page.goto(readerPath('en', ['en', 'zh', 'ru']));
  const row = page.locator('#s-intro-juncture');
  const other = page.locator('#s-intro-key-issues .cell').first();
  await row.locator('.cell[data-lang="zh"]').hover();
  await expect(row.locator('.cell[data-lang="zh"]')).toHaveCSS('background-color', 'rgb(251, 227, 154)');
  await expect(row.locator('.cell[data-lang="en"]')).toHaveCSS('background-color', 'rgb(253, 243, 208)');
  await expect(row.locator('.cell[data-lang="ru"]')).toHaveCSS('background-color', 'rgb(253, 243, 208)');
  await expect(other).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');

  // The row is the keyboard's unit (one tab stop per segment): focused, all its cells light up.
  await page.mouse.move(0, 0);
  await page.locator('#s-p1-potential').focus();
  await page.keyboard.press('j');
  const focused = page.locator('#s-h2-economy');
  await expect(focused).toBeFocused();
  await expect(focused.locator('.cell[data-lang="ru"]')).toHaveCSS('background-color', 'rgb(251, 227, 154)');
  await expect(focused.locator('.cell[data-lang="en"]')).toHaveCSS('background-color', 'rgb(251, 227, 154)');
  await expect(row.locator('.cell[data-lang="en"]')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
});

test('each segment has an anchor; the copy-link control copies the full URL', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(readerPath('en', ['en', 'zh']));
  const link = page.getByRole('link', { name: msg('en', 'Reader.copyLink', { number: 8 }) });
  await expect(link).toHaveAttribute('href', '#s-p2-economy');
  await link.click();
  await expect(page).toHaveURL(/#s-p2-economy$/);
  await expect(page.getByRole('status').filter({ hasText: msg('en', 'Reader.copied', { number: 8 }) })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

  await page.goto(readerPath('en', ['en', 'zh'], '#s-summary'));
  await expect(page.locator('#s-summary')).toBeInViewport();
});

test('the status toggle shows each cell’s status with a legend', async ({ page }) => {
  await page.goto(readerPath('en', ['en', 'zh', 'ru']));
  await expect(page.getByRole('heading', { name: msg('en', 'Status.legend') })).toHaveCount(0);
  await page.getByRole('link', { name: msg('en', 'Reader.showStatus') }).click();
  await expect(page).toHaveURL(/status=1/);
  await expect(page.getByRole('heading', { name: msg('en', 'Status.legend') })).toBeVisible();
  await expect(page.locator('#s-title .cell[data-lang="en"] .badge')).toHaveText('Source');
  await expect(page.locator('#s-title .cell[data-lang="zh"] .badge')).toHaveText('Draft');
  await expect(page.locator('.cell[data-lang="ru"] .badge')).toHaveText(Array(15).fill('Draft'));
  await page.getByRole('link', { name: msg('en', 'Reader.hideStatus') }).click();
  await expect(page.locator('.badge')).toHaveCount(0);
});

test('a missing translation shows a clear placeholder, never an empty cell', async ({ page }) => {
  await page.goto('/en/read/reading-room-notice?cols=en,zh,ru&status=1');
  const contact = page.locator('#s-contact');
  await expect(contact.locator('.cell[data-lang="zh"]')).toContainText(msg('en', 'Reader.missing', { language: 'Chinese' }));
  await expect(contact.locator('.cell[data-lang="ru"]')).toContainText(msg('en', 'Reader.missing', { language: 'Russian' }));
  await expect(contact.locator('.cell[data-lang="ru"] .badge')).toHaveText('Missing');
  await expect(page.locator('#s-hours .cell[data-lang="zh"]')).toContainText('9:00');
  const empty = await page
    .locator('.cell')
    .evaluateAll((cells) => cells.filter((c) => (c.textContent ?? '').trim() === '').length);
  expect(empty).toBe(0);
  // The placeholder is in the UI language, not claimed to be Russian text.
  await expect(contact.locator('.cell[data-lang="ru"]')).toHaveAttribute('lang', 'en');
});

test('an unknown document gets a localised not-found page', async ({ page }) => {
  const response = await page.goto('/ru/read/no-such-document');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: msg('ru', 'NotFound.title') })).toBeVisible();
});

test('hovering a sentence highlights the sentence it is aligned with in the other columns', async ({ page }) => {
  await page.goto(readerPath('en', ['en', 'zh', 'ru']));
  const row = page.locator('#s-intro-conference');
  const second = (lang: string) => row.locator(`.cell[data-lang="${lang}"] .sentence[data-src="1"]`);
  const first = (lang: string) => row.locator(`.cell[data-lang="${lang}"] .sentence[data-src="0"]`);
  await expect(second('zh')).toHaveText(/^会上/);
  await second('en').hover();
  for (const lang of ['en', 'zh', 'ru']) {
    await expect(second(lang)).toHaveClass(/sentence-hl/);
    await expect(first(lang)).not.toHaveClass(/sentence-hl/);
  }
  await first('ru').hover();
  await expect(first('zh')).toHaveClass(/sentence-hl/);
  await expect(second('zh')).not.toHaveClass(/sentence-hl/);
});
