import { expect, type Page, test } from '@playwright/test';
import { languageName, LOCALES, type Locale, msg, practiceText, signIn, USERS } from './support';

/** Each UI locale works on its own practice document, and on one target language. */
const TARGET: Record<Locale, Locale> = { en: 'zh', zh: 'ru', ru: 'zh' };
const docOf = (locale: Locale) => `review-${locale}`;

function row(page: Page, segmentId: string) {
  return page.locator(`#r-${segmentId}`);
}

function progressText(
  locale: Locale,
  counts: Partial<Record<'checked' | 'draft' | 'rejected' | 'outdated' | 'missing', number>>,
) {
  const lang = TARGET[locale];
  return msg(locale, 'Review.progressOf', {
    language: languageName(locale, lang),
    checked: 0,
    draft: 0,
    rejected: 0,
    outdated: 0,
    missing: 0,
    total: 6,
    ...counts,
  });
}

for (const locale of LOCALES) {
  const lang = TARGET[locale];
  const doc = docOf(locale);
  const reviewPath = `/${locale}/review/${doc}/${lang}`;
  const status = (key: 'draft' | 'checked' | 'rejected') => msg(locale, `Status.${key}`);

  test.describe.serial(`review workflow, ${locale} UI`, () => {
    test('a reviewer filters drafts, edits, checks and rejects; progress follows', async ({ page }) => {
      await signIn(page, locale, 'reviewer', `/review/${doc}/${lang}`);
      await expect(page).toHaveURL(new RegExp(`${reviewPath}$`));
      await expect(page.getByText(progressText(locale, { draft: 6 }))).toBeVisible();

      // Filter: drafts only, kept in the URL.
      await page.getByLabel(msg(locale, 'Review.status')).selectOption('draft');
      await expect(page).toHaveURL(/status=draft/);
      await expect(page.getByText(msg(locale, 'Review.shown', { shown: 6, total: 6 }))).toBeVisible();
      await page.getByLabel(msg(locale, 'Review.status')).selectOption('');
      await expect(page).not.toHaveURL(/status=/);

      // Edit with the keyboard: Ctrl+Enter saves.
      const editor = page.getByLabel(msg(locale, 'Review.translationOf', { number: 2, language: languageName(locale, lang) }));
      const edited = `${practiceText(lang, 'departure')} ✎`;
      await editor.fill(edited);
      await editor.press('Control+Enter');
      await expect(row(page, 'departure').locator('.last-edit')).toContainText(USERS.reviewer.name);
      await expect(editor).toHaveValue(edited);
      // Their own text: the reviewer may not check it, and is told why in words, not in a tooltip.
      await expect(row(page, 'departure').getByRole('button', { name: msg(locale, 'Review.check') })).toBeDisabled();
      await expect(row(page, 'departure').getByText(msg(locale, 'Refusals.self-check'))).toBeVisible();

      // Check another segment: status and progress change.
      await row(page, 'lake')
        .getByRole('button', { name: msg(locale, 'Review.check') })
        .click();
      await expect(row(page, 'lake').locator('.badge').first()).toHaveText(status('checked'));
      await expect(page.getByText(progressText(locale, { checked: 1, draft: 5 }))).toBeVisible();

      // Reject with a comment: the comment is required and then shown.
      await row(page, 'tea')
        .getByRole('button', { name: msg(locale, 'Review.reject') })
        .click();
      await row(page, 'tea')
        .getByRole('button', { name: msg(locale, 'Review.sendBack') })
        .click();
      await expect(row(page, 'tea').locator('.field-error')).toHaveText(msg(locale, 'FieldErrors.required'));
      await row(page, 'tea')
        .getByLabel(msg(locale, 'Review.rejectReason'))
        .fill('Glass holders are подстаканники: keep the image.');
      await row(page, 'tea')
        .getByRole('button', { name: msg(locale, 'Review.sendBack') })
        .click();
      await expect(row(page, 'tea').locator('.badge').first()).toHaveText(status('rejected'));
      await expect(row(page, 'tea').locator('.comment')).toContainText('Glass holders');
      await expect(page.getByText(progressText(locale, { checked: 1, draft: 4, rejected: 1 }))).toBeVisible();

      // The filters find the rejected row by its comment and by status; the state survives a reload.
      await page.goto(`${reviewPath}?comments=1`);
      await expect(page.locator('.review-row')).toHaveCount(1);
      await expect(row(page, 'tea')).toBeVisible();
      await page.goto(`${reviewPath}?status=checked`);
      await expect(page.locator('.review-row')).toHaveCount(1);
      await expect(row(page, 'lake')).toBeVisible();
    });

    test('a revert from history restores an earlier text', async ({ page }) => {
      await signIn(page, locale, 'reviewer', `/review/${doc}/${lang}`);
      const departure = row(page, 'departure');
      await departure.getByRole('button', { name: msg(locale, 'Review.history') }).click();
      const history = departure.getByRole('list', { name: msg(locale, 'Review.history') });
      await expect(history.getByRole('listitem')).toHaveCount(2);
      // Each change shows as a word diff: the edit added the pencil, the revert takes it away.
      const change = msg(locale, 'Review.historyChange');
      await expect(history.getByRole('listitem').first().getByRole('group', { name: change }).locator('ins')).toContainText('✎');
      await history.getByRole('button', { name: msg(locale, 'Review.revertTo', { version: 1 }) }).click();
      await expect(departure.getByRole('textbox')).toHaveValue(practiceText(lang, 'departure'));
      await expect(history.getByRole('listitem')).toHaveCount(3);
      const newest = history.getByRole('listitem').first();
      await expect(newest).toContainText(msg(locale, 'Review.actions.revert'));
      await expect(newest.getByRole('group', { name: change }).locator('del')).toContainText('✎');
      await expect(newest.getByRole('group', { name: change }).locator('ins')).toHaveCount(0);
    });

    test('two people editing the same translation: the second sees the conflict and chooses', async ({ browser }) => {
      const a = await browser.newContext();
      const b = await browser.newContext();
      const pageA = await a.newPage();
      const pageB = await b.newPage();
      await signIn(pageA, locale, 'reviewer', `/review/${doc}/${lang}`);
      await signIn(pageB, locale, 'reviewer2', `/review/${doc}/${lang}`);
      const label = msg(locale, 'Review.translationOf', { number: 5, language: languageName(locale, lang) });
      const theirs = `${practiceText(lang, 'arrival')} (A)`;
      const mine = `${practiceText(lang, 'arrival')} (B)`;

      await pageA.getByLabel(label).fill(theirs);
      await row(pageA, 'arrival')
        .getByRole('button', { name: msg(locale, 'Review.save') })
        .click();
      await expect(row(pageA, 'arrival').locator('.last-edit')).toContainText(USERS.reviewer.name);

      // B still has version 1 on screen (no refetch: the window never lost focus).
      await pageB.getByLabel(label).fill(mine);
      await row(pageB, 'arrival')
        .getByRole('button', { name: msg(locale, 'Review.save') })
        .click();
      const conflict = row(pageB, 'arrival').getByRole('alert', { name: msg(locale, 'Review.conflictTitle') });
      await expect(conflict).toBeVisible();
      await expect(conflict.getByTestId('conflict-theirs')).toHaveText(theirs);
      await expect(conflict.getByTestId('conflict-mine')).toHaveText(mine);
      // Where the two differ, word by word.
      await expect(conflict.getByTestId('conflict-diff').locator('del')).toContainText('A');
      await expect(conflict.getByTestId('conflict-diff').locator('ins')).toContainText('B');
      await expect(conflict).toContainText(USERS.reviewer.name);

      await conflict.getByRole('button', { name: msg(locale, 'Review.keepMine') }).click();
      await expect(conflict).toHaveCount(0);
      await expect(row(pageB, 'arrival').locator('.last-edit')).toContainText(USERS.reviewer2.name);
      await pageA.reload();
      await expect(pageA.getByLabel(label)).toHaveValue(mine);
      await a.close();
      await b.close();
    });

    test('the review index counts rejected and outdated; a filter emptied by a fix says so and clears', async ({ page }) => {
      await signIn(page, locale, 'reviewer', '/review');
      // After the tests above: lake checked, tea rejected, the rest drafts.
      const entry = page.locator('.coverage li', { has: page.locator(`a[href$="/review/${doc}/${lang}"]`) });
      await expect(entry).toContainText(
        msg(locale, 'Review.progressShort', { checked: 1, draft: 4, rejected: 1, outdated: 0, missing: 0, total: 6 }),
      );

      await page.goto(`${reviewPath}?status=rejected`);
      await expect(page.locator('.review-row')).toHaveCount(1);
      await row(page, 'tea')
        .getByRole('button', { name: msg(locale, 'Review.reopen') })
        .click();
      // The row no longer matches: the list says so instead of going blank, and offers the way back.
      await expect(page.locator('.review-row')).toHaveCount(0);
      await expect(page.getByText(msg(locale, 'Review.noneMatch'))).toBeVisible();
      await page.getByRole('button', { name: msg(locale, 'Review.showAll') }).click();
      await expect(page).not.toHaveURL(/status=/);
      await expect(page.locator('.review-row')).toHaveCount(6);
      await expect(row(page, 'tea').locator('.badge').first()).toHaveText(status('draft'));
    });

    test('a reviewer checks a cell while reading', async ({ page }) => {
      await signIn(page, locale, 'reviewer', `/read/${doc}?cols=en,${lang}`);
      const cell = page.locator(`#s-credit .cell[data-lang="${lang}"]`);
      await expect(cell.locator('.badge')).toHaveText(status('draft'));
      await cell
        .getByRole('button', { name: msg(locale, 'ReaderReview.check', { language: languageName(locale, lang), number: 6 }) })
        .click();
      await expect(cell.locator('.badge')).toHaveText(status('checked'));
    });
  });
}

test('a translator can edit but not check or reject', async ({ page }) => {
  await signIn(page, 'en', 'translator', '/review/reading-room-notice/zh');
  const title = page.locator('#r-title');
  await expect(title.getByRole('textbox')).toBeVisible();
  await expect(title.getByRole('button', { name: 'Save' })).toBeVisible();
  await expect(title.getByRole('button', { name: 'Check' })).toHaveCount(0);
  await expect(title.getByRole('button', { name: 'Reject' })).toHaveCount(0);
});

test('without an account the workspace is read-only and points to sign-in', async ({ page }) => {
  await page.goto('/en/review/reading-room-notice/zh');
  await expect(page.getByRole('link', { name: msg('en', 'Review.signInToEdit') })).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.locator('#r-title')).toContainText('阅览室须知');
});

test('the REST endpoint answers a stale write with 409 and the current state', async ({ page }) => {
  await signIn(page, 'en', 'reviewer', '/');
  const url = '/api/translations/reading-room-notice/hours/zh';
  const first = await page.request.patch(url, {
    data: { action: 'edit', version: 1, text: '阅览室周一至周六9:00至21:00开放。' },
  });
  expect(first.status()).toBe(200);
  const stale = await page.request.patch(url, { data: { action: 'edit', version: 1, text: '另一种说法。' } });
  expect(stale.status()).toBe(409);
  const body = await stale.json();
  expect(body.current).toMatchObject({
    text: '阅览室周一至周六9:00至21:00开放。',
    version: 2,
    updatedBy: { name: USERS.reviewer.name },
  });
  const anonymous = await page.request.patch(url, { data: { action: 'check', version: 2 }, headers: { cookie: '' } });
  expect([401, 403]).toContain(anonymous.status());
});

test('an admin creates a user and changes a role; setup is closed once users exist', async ({ page }) => {
  await page.goto('/en/setup');
  await expect(page.getByText(msg('en', 'Auth.errors.alreadySetUp'))).toBeVisible();
  await signIn(page, 'en', 'admin', '/admin/users');
  await page.getByLabel('Name', { exact: true }).fill('Nina New');
  await page.getByLabel('Email', { exact: true }).fill('nina@example.test');
  await page.getByLabel('Password', { exact: true }).fill('nina-password-1');
  await page.getByLabel('Role', { exact: true }).selectOption('reviewer');
  await page.getByRole('button', { name: msg('en', 'Admin.create') }).click();
  await expect(page.getByText(msg('en', 'Admin.created'))).toBeVisible();
  const nina = page.getByRole('form', { name: msg('en', 'Admin.accessOf', { email: 'nina@example.test' }) });
  await expect(nina.getByRole('combobox')).toHaveValue('reviewer');
  await nina.getByRole('combobox').selectOption('translator');
  await nina.getByRole('button', { name: msg('en', 'Admin.save') }).click();
  await expect(nina.getByRole('status')).toHaveText(msg('en', 'Admin.saved'));
  await page.reload();
  await expect(
    page.getByRole('form', { name: msg('en', 'Admin.accessOf', { email: 'nina@example.test' }) }).getByRole('combobox'),
  ).toHaveValue('translator');
});

test('keyboard: Alt+Down moves between editors, Ctrl+Shift+C copies the source, ? lists the shortcuts', async ({ page }) => {
  await signIn(page, 'en', 'reviewer', '/review/reading-room-notice/ru');
  const title = page.getByLabel(msg('en', 'Review.translationOf', { number: 1, language: 'Russian' }));
  const hours = page.getByLabel(msg('en', 'Review.translationOf', { number: 2, language: 'Russian' }));
  await title.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(hours).toBeFocused();
  // Russian lacks this segment: copying the source gives the translator a start.
  await expect(hours).toHaveValue('');
  await page.keyboard.press('Control+Shift+C');
  await expect(hours).toHaveValue('The reading room is open from 9:00 to 21:00, Monday to Saturday.');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(title).toBeFocused();

  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: msg('en', 'Review.shortcuts') });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(msg('en', 'Review.shortcutCopy'));
  await dialog.getByRole('button', { name: msg('en', 'Review.close') }).click();
  await expect(dialog).toBeHidden();
});

test('an admin changes the meaning of a source paragraph: the translation becomes outdated and shows what changed', async ({
  page,
}) => {
  await signIn(page, 'en', 'admin', '/review/reading-room-notice/zh');
  const quiet = page.locator('#r-quiet');
  await expect(quiet.locator('.badge[data-status="outdated"]')).toHaveCount(0);
  await quiet.getByRole('button', { name: msg('en', 'Review.editSource') }).click();
  await quiet
    .getByLabel(msg('en', 'Review.sourceEditor', { number: 3 }))
    .fill('Please keep the room quiet: it is reserved for reading.');
  await quiet.getByRole('button', { name: msg('en', 'Review.saveSource') }).click();
  // Saying what kind of change it is cannot be skipped.
  await expect(quiet.getByRole('alert')).toHaveText(msg('en', 'Refusals.missing-source-change'));
  await quiet.getByLabel(msg('en', 'Review.meaning')).check();
  await quiet.getByRole('button', { name: msg('en', 'Review.saveSource') }).click();
  await expect(quiet.locator('.badge[data-status="outdated"]')).toBeVisible();
  await expect(quiet.locator('.source-diff del')).toHaveText('quiet study');
  await expect(quiet.locator('.source-diff ins')).toHaveText('reading');
});

test('a reviewer checks several selected translations at once', async ({ page }) => {
  // Chinese of the zh practice document: no other test touches it.
  await signIn(page, 'en', 'reviewer', '/review/review-zh/zh');
  for (const number of [1, 2]) await page.getByLabel(msg('en', 'Review.select', { number })).check();
  await page.getByRole('button', { name: msg('en', 'Review.checkSelected', { count: 2 }) }).click();
  await expect(page.getByText(msg('en', 'Review.checkedMany', { checked: 2, skipped: 0 }), { exact: false })).toBeVisible();
  await expect(page.locator('#r-title .badge').first()).toHaveText('Checked');
  await expect(page.locator('#r-departure .badge').first()).toHaveText('Checked');
  await expect(page.locator('#r-lake .badge').first()).toHaveText('Draft');
});
