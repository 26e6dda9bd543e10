import { expect, type Page, test } from '@playwright/test';
import { languageName, LOCALES, type Locale, msg, practiceText, seriousViolations, signIn, USERS } from './support';

/** Each UI locale works on its own copy of the practice document (scripts/e2e-server.sh), in one target language. */
const TARGET: Record<Locale, Locale> = { en: 'zh', zh: 'ru', ru: 'zh' };
const row = (page: Page, segmentId: string) => page.locator(`#r-${segmentId}`);
/** Names are shown in bidi isolation, as every text a person supplies. */
const named = (name: string) => `\u2068${name}\u2069`;

for (const locale of LOCALES) {
  const lang = TARGET[locale];
  const doc = `claim-${locale}`;
  const workspace = `/review/${doc}/${lang}`;
  const editorOf = (page: Page, number: number) =>
    page.getByLabel(msg(locale, 'Review.translationOf', { number, language: languageName(locale, lang) }));
  const save = (page: Page, segmentId: string) =>
    row(page, segmentId)
      .getByRole('button', { name: msg(locale, 'Review.save'), exact: true })
      .click();

  test(`a soft claim shows who is editing; saving anyway never loses text; the document page charts it (${locale} UI)`, async ({
    browser,
  }) => {
    test.slow(); // three people, two editing flows, axe on a page twice
    const a = await (await browser.newContext()).newPage();
    const b = await (await browser.newContext()).newPage();
    await signIn(a, locale, 'reviewer', workspace);
    await signIn(b, locale, 'translator', workspace);

    // A starts editing "tea": B sees it on that row (B's page asks again when it loads).
    const aTea = `${practiceText(lang, 'tea')} (A)`;
    await editorOf(a, 4).fill(aTea);
    const notice = msg(locale, 'Claims.editing', { names: named(USERS.reviewer.name), count: 1 });
    await expect(async () => {
      await b.reload();
      await expect(row(b, 'tea').getByRole('status')).toContainText(notice, { timeout: 1500 });
    }).toPass({ timeout: 20_000 });
    await expect(row(b, 'lake').getByRole('status')).toHaveText('');
    // Nobody is told about themselves.
    await expect(row(a, 'tea').getByRole('status')).toHaveText('');

    // The claim is soft: B saves "tea" anyway, and since A has not saved, it simply saves.
    const bTea = `${practiceText(lang, 'tea')} (B)`;
    await editorOf(b, 4).fill(bTea);
    await save(b, 'tea');
    await expect(row(b, 'tea').locator('.last-edit')).toContainText(USERS.translator.name);
    await expect(row(b, 'tea').getByRole('alert', { name: msg(locale, 'Review.conflictTitle') })).toHaveCount(0);

    // On "lake" A saves first; B, who started from the older text, gets the conflict view with both texts.
    const aLake = `${practiceText(lang, 'lake')} (A)`;
    const bLake = `${practiceText(lang, 'lake')} (B)`;
    await editorOf(a, 3).fill(aLake);
    await save(a, 'lake');
    await expect(row(a, 'lake').locator('.last-edit')).toContainText(USERS.reviewer.name);
    await editorOf(b, 3).fill(bLake);
    await save(b, 'lake');
    const conflict = row(b, 'lake').getByRole('alert', { name: msg(locale, 'Review.conflictTitle') });
    await expect(conflict).toContainText(aLake);
    await expect(editorOf(b, 3)).toHaveValue(bLake);
    await conflict.getByRole('button', { name: msg(locale, 'Review.keepMine') }).click();
    await expect(conflict).toHaveCount(0);
    await expect(editorOf(b, 3)).toHaveValue(bLake);

    // A's own unsaved text on "tea" is still in A's editor.
    await expect(editorOf(a, 4)).toHaveValue(aTea);

    // The document page, reached from the review index by the document's title.
    await b.goto(`/${locale}/review`);
    await b.locator(`a[href="/${locale}/review/${doc}"]`).click();
    await expect(b).toHaveURL(new RegExp(`/${locale}/review/${doc}$`));
    await expect(b.getByRole('heading', { level: 1 })).toHaveText(practiceText(locale, 'title'));
    const language = languageName(locale, lang);
    const chart = b.getByRole('img', { name: msg(locale, 'Stats.progressChart', { language }) });
    await expect(chart).toBeVisible();
    await b.getByText(msg(locale, 'Stats.tableOf', { language })).click();
    const table = b.getByRole('table', { name: msg(locale, 'Stats.progressChart', { language }) });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader', { name: msg(locale, 'Status.checked') })).toBeVisible();
    // Each person's week, named for a signed-in viewer: the two who edited here.
    for (const who of [USERS.translator.name, USERS.reviewer.name])
      await expect(b.getByRole('img', { name: msg(locale, 'Stats.activityChart', { name: who }) })).toBeVisible();
    await b.getByText(msg(locale, 'Stats.activityTable')).click();
    expect(await seriousViolations(b)).toEqual([]);
    // Links into each language's workspace.
    await expect(b.getByRole('link', { name: msg(locale, 'Review.open', { language }) })).toHaveAttribute(
      'href',
      `/${locale}/review/${doc}/${lang}`,
    );

    // Without a session: the progress, but nobody's name.
    const anonymous = await (await browser.newContext()).newPage();
    await anonymous.goto(`/${locale}/review/${doc}`);
    await expect(anonymous.getByRole('img', { name: msg(locale, 'Stats.progressChart', { language }) })).toBeVisible();
    await expect(anonymous.getByRole('link', { name: msg(locale, 'Stats.signInForActivity') })).toBeVisible();
    await expect(anonymous.getByText(USERS.translator.name)).toHaveCount(0);
    expect(await seriousViolations(anonymous)).toEqual([]);
  });
}
