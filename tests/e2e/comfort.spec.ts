import { expect, type Page, test } from '@playwright/test';
import { content, languageName, LOCALES, type Locale, msg, readerPath, rowBoxes, seriousViolations, signIn } from './support';

// The reader for hours (issue #13): self-test, text size and spacing, colours, keyboard
// reading, print, and a reviewer's controls on and off.

const LIGHT_PAPER = 'rgb(251, 250, 247)';
const DARK_PAPER = 'rgb(21, 23, 26)';

function radio(page: Page, locale: Locale, group: string, option: string) {
  return page
    .getByRole('group', { name: msg(locale, `ReaderComfort.${group}`) })
    .getByRole('radio', { name: msg(locale, `ReaderComfort.${option}`) });
}

async function openSettings(page: Page, locale: Locale) {
  await page.getByText(msg(locale, 'ReaderComfort.viewSettings'), { exact: true }).click();
}

/** The text of every node of Chromium's accessibility tree. */
async function accessibleTexts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; name?: { value?: unknown } }[];
  };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored && typeof n.name?.value === 'string').map((n) => n.name!.value as string);
}

function cspErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  return errors;
}

for (const locale of LOCALES) {
  test(`learner mode hides a column until revealed by click or key, and is remembered, ${locale} UI`, async ({ page }) => {
    await page.goto(readerPath(locale, ['en', 'zh', 'ru']));
    await page.evaluate(() => document.fonts.ready);
    const before = await rowBoxes(page);
    const zhText = page.locator('#s-intro-conference .cell[data-lang="zh"] .segment-text');
    await expect(zhText).toBeVisible();
    const zhStart = content('zh')['intro-conference']!.slice(0, 12);
    expect((await accessibleTexts(page)).join('\n')).toContain(zhStart);

    await openSettings(page, locale);
    const hide = page.getByRole('checkbox', {
      name: msg(locale, 'ReaderComfort.hideColumn', { language: languageName(locale, 'zh') }),
    });
    await hide.check();
    await expect(page.locator('html')).toHaveAttribute('data-learner', 'zh');
    await expect(zhText).toBeHidden();
    // The other columns stay, and the rows keep their heights: the text keeps its place under a cover.
    await expect(page.locator('#s-intro-conference .cell[data-lang="ru"] .segment-text')).toBeVisible();
    expect(await rowBoxes(page)).toEqual(before);
    const hint = msg(locale, 'ReaderComfort.hiddenText', { language: languageName(locale, 'zh') });
    // What a screen reader finds in its place, in the UI language.
    const cover = page.locator('#s-intro-conference .cell[data-lang="zh"] .learner-cover');
    await expect(cover).toHaveText(hint);
    await expect(cover).toHaveAttribute('lang', { en: 'en', zh: 'zh-Hans', ru: 'ru' }[locale]);
    // Chromium's accessibility tree (what a screen reader reads): the hint is there, the hidden text is not.
    const names = await accessibleTexts(page);
    expect(names).toContain(hint);
    expect(names.join('\n')).not.toContain(zhStart);
    await expect(page.locator('#s-intro-conference .cell[data-lang="en"] .learner-cover')).toHaveCount(0);

    // A click (or tap) on the cover reveals that cell only.
    await page.locator('#s-intro-conference .cell[data-lang="zh"]').click({ position: { x: 30, y: 20 } });
    await expect(zhText).toBeVisible();
    await expect(page.locator('#s-intro-juncture .cell[data-lang="zh"] .segment-text')).toBeHidden();

    // Space on a focused row reveals its hidden text, and hides it again.
    const row = page.locator('#s-intro-juncture');
    await row.focus();
    await page.keyboard.press('Space');
    await expect(row.locator('.cell[data-lang="zh"] .segment-text')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(row.locator('.cell[data-lang="zh"] .segment-text')).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(row.locator('.cell[data-lang="zh"] .segment-text')).toBeVisible();

    // Remembered in this browser: hidden again after a reload, the box ticked.
    await page.reload();
    await expect(zhText).toBeHidden();
    await openSettings(page, locale);
    await expect(hide).toBeChecked();
    await hide.uncheck();
    await expect(zhText).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-learner');
  });
}

test('text size and line spacing apply at once and after a reload', async ({ page }) => {
  await page.goto(readerPath('ru', ['zh', 'ru']));
  const text = page.locator('#s-intro-conference .cell[data-lang="ru"] .segment-text');
  await expect(text).toHaveCSS('font-size', '17px');
  await expect(text).toHaveCSS('line-height', '28.05px');
  await openSettings(page, 'ru');
  await radio(page, 'ru', 'textSize', 'textSizeLarger').check();
  await expect(text).toHaveCSS('font-size', '21.25px');
  await radio(page, 'ru', 'leading', 'leadingRelaxed').check();
  // 1.65 × 1.18 of the larger size.
  await expect.poll(() => text.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight))).toBeCloseTo(1.65 * 1.18 * 21.25, 1);
  await page.reload();
  await expect(text).toHaveCSS('font-size', '21.25px');
  await openSettings(page, 'ru');
  await expect(radio(page, 'ru', 'textSize', 'textSizeLarger')).toBeChecked();
  await radio(page, 'ru', 'textSize', 'textSizeNormal').check();
  await expect(text).toHaveCSS('font-size', '17px');
  // The menu closes with Esc, focus back on its button.
  await page.keyboard.press('Escape');
  await expect(radio(page, 'ru', 'textSize', 'textSizeNormal')).toBeHidden();
  await expect(page.getByText(msg('ru', 'ReaderComfort.viewSettings'), { exact: true })).toBeFocused();
});

test('dark mode follows the system and the manual choice overrides it, site-wide', async ({ page }) => {
  const body = page.locator('body');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(readerPath('zh', ['zh', 'ru']));
  await expect(body).toHaveCSS('background-color', DARK_PAPER);
  await openSettings(page, 'zh');
  await radio(page, 'zh', 'theme', 'themeLight').check();
  await expect(body).toHaveCSS('background-color', LIGHT_PAPER);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await page.emulateMedia({ colorScheme: 'light' });
  await radio(page, 'zh', 'theme', 'themeDark').check();
  await expect(body).toHaveCSS('background-color', DARK_PAPER);
  // Other pages too: the home page, rendered per request with its own CSP nonce.
  await page.goto('/zh');
  await expect(body).toHaveCSS('background-color', DARK_PAPER);
  await page.goto(readerPath('zh', ['zh', 'ru']));
  await openSettings(page, 'zh');
  await radio(page, 'zh', 'theme', 'themeSystem').check();
  await expect(body).toHaveCSS('background-color', LIGHT_PAPER);
});

test('the stored preferences are on <html> before the app runs: the head script alone sets them', async ({ page, request }) => {
  // The server HTML: a blocking script from this server in <head>, before anything is painted.
  const html = await (await request.get(readerPath('en', ['en', 'zh']))).text();
  const head = html.slice(0, html.indexOf('</head>'));
  expect(head).toMatch(/<script src="\/prefs\.js"(?: nonce="[^"]*")?>/);
  expect(head).not.toMatch(/<script src="\/prefs\.js"[^>]*(async|defer)/);

  // The app's own scripts never load; the head script still applies the stored choice.
  const errors = cspErrors(page);
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.addInitScript(() =>
    localStorage.setItem('triglot:prefs', JSON.stringify({ theme: 'dark', textSize: 'large', hidden: ['zh'] })),
  );
  await page.goto(readerPath('en', ['en', 'zh']));
  const root = page.locator('html');
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await expect(root).toHaveAttribute('data-text-size', 'large');
  await expect(root).toHaveCSS('font-size', '18px');
  await expect(page.locator('body')).toHaveCSS('background-color', DARK_PAPER);
  await expect(page.locator('#s-title .cell[data-lang="zh"] .segment-text')).toBeHidden();
  expect(errors).toEqual([]);
});

test('keyboard reading: one tab stop per row, j/k and arrows move by row, Enter opens a row, ? lists the keys', async ({
  page,
}) => {
  await page.goto(readerPath('en', ['en', 'zh', 'ru']));
  const rows = page.locator('[data-segment-row]');
  const ids = await rows.evaluateAll((all) => all.map((row) => row.id));
  // Every focusable thing in the text is a row: links, notes and buttons are not tab stops.
  await expect
    .poll(() =>
      page
        .locator('.segments')
        .evaluate((segments) =>
          [...segments.querySelectorAll<HTMLElement>('*')].filter((el) => el.tabIndex >= 0).map((el) => el.id),
        ),
    )
    .toEqual(ids);

  // Tab from the last control before the text lands on the first row.
  await page.getByRole('link', { name: msg('en', 'Reader.showStatus') }).focus();
  await page.keyboard.press('Tab');
  await expect(page.locator(`#${ids[0]}`)).toBeFocused();
  await expect(page.locator(`#${ids[0]}`)).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('j');
  await expect(page.locator(`#${ids[1]}`)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(`#${ids[2]}`)).toBeFocused();
  await expect(page.locator(`#${ids[2]}`)).toBeInViewport();
  await page.keyboard.press('k');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(`#${ids[0]}`)).toBeFocused();
  // One Tab: the next row, not the row's copy link or note.
  await page.keyboard.press('Tab');
  await expect(page.locator(`#${ids[1]}`)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(`#${ids[0]}`)).toBeFocused();
  // A modifier held is someone else's shortcut.
  await page.keyboard.press('Control+j');
  await expect(page.locator(`#${ids[0]}`)).toBeFocused();

  // Enter goes into the row's links and buttons; Tab walks them, Esc comes back.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: msg('en', 'Reader.copyLink', { number: 1 }), exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(`#${ids[0]} .note summary`).first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator(`#${ids[0]}`)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(`#${ids[1]}`)).toBeFocused();

  // From the last row, Tab leaves the text.
  await page.locator(`#${ids.at(-1)}`).focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('.segments') ?? null)).toBeNull();

  // "?" lists the shortcuts in a labelled dialog; Esc closes it.
  await page.locator(`#${ids[3]}`).focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: msg('en', 'ReaderComfort.shortcuts') });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(msg('en', 'ReaderComfort.shortcutMove'));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

for (const locale of LOCALES) {
  test(`the shortcut list opens from the view settings, ${locale} UI`, async ({ page }) => {
    await page.goto(readerPath(locale, ['zh', 'ru']));
    await openSettings(page, locale);
    await page.getByRole('button', { name: msg(locale, 'ReaderComfort.shortcuts') }).click();
    const dialog = page.getByRole('dialog', { name: msg(locale, 'ReaderComfort.shortcuts') });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: msg(locale, 'ReaderComfort.close') }).click();
    await expect(dialog).toBeHidden();
  });
}

test('print shows the chosen columns as a clean parallel text', async ({ page }, testInfo) => {
  await page.addInitScript(() => localStorage.setItem('triglot:prefs', JSON.stringify({ theme: 'dark', hidden: ['ru'] })));
  await page.goto(readerPath('en', ['en', 'zh', 'ru'], '&status=1'));
  await page.evaluate(() => document.fonts.ready);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: testInfo.outputPath('print.png'), fullPage: true });
  for (const selector of [
    '.site-header',
    '.site-footer',
    '.reader-bar',
    '.view-settings',
    '.column-actions',
    '.column-add',
    '.legend',
    '.anchor',
    '.badge',
    '.note',
    '.learner-cover',
  ]) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  // Every chosen column prints, self-test covers or not, in light colours.
  for (const lang of ['en', 'zh', 'ru']) {
    await expect(page.locator(`#s-intro-conference .cell[data-lang="${lang}"] .segment-text`)).toBeVisible();
  }
  await expect(page.locator('.column-name').first()).toBeVisible();
  await expect(page.locator('body')).toHaveCSS('color', 'rgb(29, 29, 31)');
  await expect(page.locator('#s-intro-conference')).toHaveCSS('break-inside', 'avoid');
  await expect(page.locator('#s-intro-conference .cell[data-lang="ru"] .segment-text')).toHaveCSS('hyphens', 'manual');

  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  await testInfo.attach('reader.pdf', { body: pdf, contentType: 'application/pdf' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(0);
  // Three columns on A4 fit the article in far fewer pages than the screen layout did (22).
  expect(pages).toBeLessThanOrEqual(12);
});

test('a page of a long document prints that range only', async ({ page }) => {
  await page.goto('/en/read/book-5000?cols=en,ru&p=2');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.range-nav').first()).toBeHidden();
  const rows = await page.locator('[data-segment-row]').count();
  expect(rows).toBeGreaterThan(0);
  expect(rows).toBeLessThanOrEqual(100);
  await expect(page.locator('[data-segment-row]').first()).toBeVisible();
});

test('a reviewer turns the in-reader controls off and on; off by default on a phone', async ({ page }) => {
  const errors = cspErrors(page);
  await signIn(page, 'en', 'reviewer', readerPath('en', ['en', 'zh']).slice(3));
  const check = page.locator('.cell-review').first();
  await expect(check).toBeVisible();
  await openSettings(page, 'en');
  const toggle = page.getByRole('checkbox', { name: msg('en', 'ReaderComfort.reviewControls') });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(check).toBeHidden();
  await page.reload();
  // The controls load lazily: once they are in the page, they stay hidden.
  await expect(page.locator('.cell-review').first()).toBeAttached();
  await expect(page.locator('.cell-review').first()).toBeHidden();
  await openSettings(page, 'en');
  await toggle.check();
  await expect(page.locator('.cell-review').first()).toBeVisible();

  // A phone: off until turned on, decided by CSS before anything runs.
  await page.evaluate(() => localStorage.removeItem('triglot:prefs'));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-review-controls');
  await expect(page.locator('.cell-review').first()).toBeAttached();
  await expect(page.locator('.cell-review').first()).toBeHidden();
  await openSettings(page, 'en');
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(page.locator('.cell-review').first()).toBeVisible();
  // The per-request page carries a nonce; the head script passes its CSP.
  expect(errors).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations in the ${scheme} theme, settings open and a column hidden`, async ({ page }) => {
    test.slow(); // axe on five pages
    await page.emulateMedia({ colorScheme: scheme });
    await page.addInitScript(() => localStorage.setItem('triglot:prefs', JSON.stringify({ hidden: ['zh'] })));
    for (const locale of LOCALES) {
      await page.goto(readerPath(locale, ['en', 'zh', 'ru'], '&status=1'));
      await openSettings(page, locale);
      await page.locator('#s-intro-conference').hover();
      expect(await seriousViolations(page), `${locale}, ${scheme}`).toEqual([]);
    }
    await page.goto('/en');
    expect(await seriousViolations(page), `home, ${scheme}`).toEqual([]);
    await page.goto('/en/read/reading-room-notice?cols=en,zh,ru&status=1');
    expect(await seriousViolations(page), `missing translations, ${scheme}`).toEqual([]);
  });
}
