import { expect, type Locator, type Page, test } from '@playwright/test';
import { type Locale, languageName, msg, readerPath, seriousViolations, signIn } from './support';

const COLS = ['en', 'zh', 'ru'] as const;

/**
 * Finds `wanted` in one text node of `block`, as a reader sees it: soft hyphens (the reader
 * hyphenates long words) are not part of the word. Selects characters [from, to) of it, or
 * answers the centre of that stretch on screen.
 */
async function textRange(block: Locator, wanted: string, from: number, to: number, select: boolean) {
  await block.scrollIntoViewIfNeeded();
  return block.evaluate(
    (el, [wanted, from, to, select]) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        // Where each visible character is in the node's own text.
        const at: number[] = [];
        let seen = '';
        for (let i = 0; i < n.data.length; i++) {
          if (n.data[i] === '\u00ad') continue;
          seen += n.data[i];
          at.push(i);
        }
        const start = seen.indexOf(wanted as string);
        if (start < 0) continue;
        const range = document.createRange();
        range.setStart(n, at[start + (from as number)]!);
        range.setEnd(n, at[start + (to as number) - 1]! + 1);
        if (select) {
          document.getSelection()?.removeAllRanges();
          document.getSelection()?.addRange(range);
          return { x: 0, y: 0 };
        }
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    [wanted, from, to, select] as const,
  );
}

/** Clicks the `nth` character of `text` in one cell of a segment row, where a reader would. */
async function clickText(page: Page, segment: string, lang: string, text: string, nth = 0) {
  const point = await textRange(
    page.locator(`#s-${segment} .cell[data-lang="${lang}"] .segment-text`),
    text,
    nth,
    nth + 1,
    false,
  );
  if (!point) throw new Error(`"${text}" is not in the ${lang} cell of ${segment}`);
  await page.mouse.click(point.x, point.y);
}

function popover(page: Page, locale: Locale, word: string) {
  return page.getByRole('dialog', { name: msg(locale, 'Lookup.label', { word }) });
}

/**
 * The popover of `word` once its answer is in. The first look-up in a language loads that
 * dictionary into the server (about a second alone, much longer on a loaded machine); later
 * ones answer at once.
 */
async function answered(page: Page, locale: Locale, word: string) {
  const dialog = popover(page, locale, word);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(msg(locale, 'Lookup.loading'))).toHaveCount(0, { timeout: 60_000 });
  return dialog;
}

// Room for the first look-up of each dictionary (see `answered`).
test.describe.configure({ timeout: 90_000 });

/** Lit counterparts in one cell of a row. */
function lit(page: Page, segment: string, lang: string) {
  return page.locator(`#s-${segment} .cell[data-lang="${lang}"] .lookup-hl`);
}

test('a click on a Chinese word shows its pinyin and English gloss and lights its counterparts', async ({ page }) => {
  await page.goto(readerPath('en', COLS));
  await clickText(page, 'intro-conference', 'zh', '专家学者', 2);
  const dialog = await answered(page, 'en', '学者');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[lang="zh-Latn-pinyin"]')).toHaveText('xué zhě');
  await expect(dialog.getByRole('listitem').first()).toHaveText('scholar');
  await expect(dialog.getByText(languageName('en', 'en'), { exact: true })).toBeVisible();
  await expect(lit(page, 'intro-conference', 'en')).toHaveCount(1);
  await expect(lit(page, 'intro-conference', 'en')).toContainText('scholars from both China and Russia');
  await expect(lit(page, 'intro-conference', 'ru')).not.toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.lookup-hl')).toHaveCount(0);
});

test('a Russian word in any form is glossed under its dictionary form', async ({ page }) => {
  await page.goto(readerPath('en', COLS));
  await clickText(page, 'intro-conference', 'ru', 'экспертов', 2);
  const dialog = await answered(page, 'en', 'экспертов');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.lookup-headword')).toHaveText('эксперт');
  await expect(dialog.locator('ol[lang="en"] li').filter({ hasText: /^expert$/ })).toHaveCount(1);
  await expect(lit(page, 'intro-conference', 'en')).toContainText('over 50 well-known experts');
  await dialog.getByRole('button', { name: msg('en', 'Lookup.close') }).click();
  await expect(dialog).toBeHidden();
});

test('an English plural is glossed in Russian and Chinese, and clicks elsewhere keep their meaning', async ({ page }) => {
  await page.goto(readerPath('en', COLS));
  await clickText(page, 'intro-conference', 'en', 'countries', 3);
  const dialog = await answered(page, 'en', 'countries');
  await expect(dialog.locator('.lookup-headword').first()).toHaveText('country');
  await expect(dialog.locator('ol[lang="ru"] li').first()).toHaveText('страна');
  await expect(dialog.locator('ol[lang="zh-Hans"] li').filter({ hasText: /^国家$/ })).toHaveCount(1);

  // A click outside closes it; the segment's link and the column controls open no popover.
  await page.locator('#s-intro-conference .anchor a').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the keyboard looks up the selected word: L in a focused row, Esc to close, focus comes back', async ({ page }) => {
  await page.goto(readerPath('en', COLS));
  const row = page.locator('#s-title');
  const cell = row.locator('.cell[data-lang="ru"]');
  await row.focus();
  const word = 'сотрудничество';
  expect(await textRange(cell.locator('.segment-text'), word, 0, word.length, true)).not.toBeNull();
  await page.keyboard.press('l');
  const dialog = await answered(page, 'en', 'сотрудничество');
  await expect(dialog).toBeFocused();
  await expect(dialog.locator('ol[lang="en"]')).toContainText('co-operation');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(row).toBeFocused();
});

for (const locale of ['zh', 'ru'] as const) {
  test(`look-up in the ${locale} UI: glosses in the UI language first, no serious axe violation while open`, async ({ page }) => {
    await page.goto(readerPath(locale, COLS));
    if (locale === 'zh') {
      // A Russian word: English from the dictionary, Chinese through English.
      await clickText(page, 'title', 'ru', 'сотрудничество', 3);
      const dialog = await answered(page, locale, 'сотрудничество');
      await expect(dialog.locator('.lookup-gloss-lang').first()).toHaveText(
        `${languageName('zh', 'zh')} · ${msg('zh', 'Lookup.viaEnglish')}`,
      );
      await expect(dialog.locator('ol[lang="en"]')).toContainText('co-operation');
    } else {
      await clickText(page, 'intro-conference', 'en', 'countries', 3);
      const dialog = await answered(page, locale, 'countries');
      await expect(dialog.locator('.lookup-gloss-lang').first()).toHaveText(languageName('ru', 'ru'));
      await expect(dialog.getByText(msg('ru', 'Lookup.hint'))).toBeVisible();
    }
    await expect(page.getByRole('dialog')).toHaveAttribute('lang', locale === 'zh' ? 'zh-Hans' : 'ru');
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('a narrow screen keeps the popover inside the viewport', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(readerPath('en', ['zh', 'ru']));
  await clickText(page, 'intro-conference', 'zh', '华东师范大学', 5);
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.lookup-headword').first()).toBeVisible();
  const box = await dialog.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
});

test('a signed-in reviewer looks words up too', async ({ page }) => {
  await signIn(page, 'en', 'reviewer');
  await page.goto(readerPath('en', COLS));
  // The reviewer's own reader, with check and reject controls under the cells.
  await expect(page.getByRole('button', { name: msg('en', 'ReaderReview.checkShort') }).first()).toBeVisible();
  await clickText(page, 'intro-conference', 'zh', '专家学者', 0);
  await answered(page, 'en', '专家');
  await expect(popover(page, 'en', '专家').locator('ol[lang="en"]')).toContainText('expert');
});

test('the look-up route answers without an account, cacheable', async ({ request }) => {
  const response = await request.get(`/api/lookup?lang=zh&q=${encodeURIComponent('银行')}&ui=ru`);
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('public, max-age=86400');
  expect((await response.json()).entries[0].reading).toBe('yín háng');
});
