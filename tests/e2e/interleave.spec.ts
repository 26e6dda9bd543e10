import { expect, type Page, test } from '@playwright/test';
import { LOCALES, msg, readerPath } from './support';

const ROW = '#s-intro-conference';

/** The top of sentence `i` of one column of the row, on screen. */
async function top(page: Page, lang: string, i: number): Promise<number> {
  const box = await page.locator(`${ROW} .cell[data-lang="${lang}"] .sentence`).nth(i).boundingBox();
  if (!box) throw new Error(`sentence ${i} of ${lang} is not on screen`);
  return box.y;
}

for (const locale of LOCALES) {
  test(`on a phone, sentence by sentence puts each translation under its source sentence (${locale} UI)`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(readerPath(locale, ['en', 'zh', 'ru']));
    await page.locator(ROW).scrollIntoViewIfNeeded();
    // By paragraph (the default): all of the English before any Chinese.
    expect(await top(page, 'en', 1)).toBeLessThan(await top(page, 'zh', 0));

    await page.getByText(msg(locale, 'ReaderComfort.viewSettings'), { exact: true }).click();
    await page
      .getByRole('group', { name: msg(locale, 'ReaderComfort.interleave') })
      .getByLabel(msg(locale, 'ReaderComfort.interleaveSentence'))
      .check();
    await expect(page.locator(`${ROW}[data-paired]`)).toHaveCount(1);
    await page.keyboard.press('Escape');
    // English, Chinese, Russian of the first sentence, then of the second.
    const order = [await top(page, 'en', 0), await top(page, 'zh', 0), await top(page, 'ru', 0), await top(page, 'en', 1)];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
    // Each sentence says which language it is.
    const label = await page
      .locator(`${ROW} .cell[data-lang="zh"] .sentence`)
      .first()
      .evaluate((el) => getComputedStyle(el, '::before').content);
    expect(label).toContain(msg(locale, 'Languages.zh'));

    // Kept in this browser: a reload lays it out the same way before anything is clicked.
    await page.reload();
    await page.locator(ROW).scrollIntoViewIfNeeded();
    await expect(page.locator(`${ROW}[data-paired]`)).toHaveCount(1);
    expect(await top(page, 'zh', 0)).toBeLessThan(await top(page, 'en', 1));

    // On a wide screen the columns stand side by side whatever the preference.
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(Math.abs((await top(page, 'en', 0)) - (await top(page, 'zh', 0)))).toBeLessThan(8);
  });
}
