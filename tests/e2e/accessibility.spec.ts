import { expect, test } from '@playwright/test';
import { LOCALES, readerPath, seriousViolations, signIn } from './support';

for (const locale of LOCALES) {
  test(`no serious or critical axe violations, ${locale} UI`, async ({ page }) => {
    await page.goto(`/${locale}`);
    expect(await seriousViolations(page), `/${locale}`).toEqual([]);

    await page.goto(readerPath(locale, ['en', 'zh', 'ru'], '&status=1'));
    expect(await seriousViolations(page), 'reader, wide').toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(readerPath(locale, ['zh', 'ru']));
    expect(await seriousViolations(page), 'reader, narrow').toEqual([]);

    await page.goto(`/${locale}/read/reading-room-notice?cols=en,zh,ru&status=1`);
    expect(await seriousViolations(page), 'reader with missing translations').toEqual([]);
  });
}

for (const locale of LOCALES) {
  test(`no serious or critical axe violations on sign-in, review and admin pages, ${locale} UI`, async ({ page }) => {
    await page.goto(`/${locale}/sign-in`);
    expect(await seriousViolations(page), 'sign-in').toEqual([]);

    await page.goto(`/${locale}/review/reading-room-notice/zh`);
    expect(await seriousViolations(page), 'review, read-only').toEqual([]);

    await signIn(page, locale, 'admin', '/review/reading-room-notice/ru');
    expect(await seriousViolations(page), 'review, signed in').toEqual([]);
    await page.goto(`/${locale}/review`);
    expect(await seriousViolations(page), 'review index').toEqual([]);
    await page.goto(`/${locale}/admin/users`);
    expect(await seriousViolations(page), 'admin users').toEqual([]);
    await page.goto(readerPath(locale, ['en', 'ru']));
    expect(await seriousViolations(page), 'reader with review controls').toEqual([]);
  });
}
