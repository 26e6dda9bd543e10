import { expect, type Page, test } from '@playwright/test';
import { languageName, LOCALES, type Locale, msg, practiceText, seriousViolations, signIn, USERS } from './support';

/** Each UI locale talks about its own copy of the practice document (scripts/e2e-server.sh), in one target language. */
const TARGET: Record<Locale, Locale> = { en: 'zh', zh: 'ru', ru: 'zh' };
const row = (page: Page, segmentId: string) => page.locator(`#r-${segmentId}`);

for (const locale of LOCALES) {
  const lang = TARGET[locale];
  const doc = `talk-${locale}`;
  const title = practiceText(locale, 'title');

  test(`a rejection becomes a conversation: inbox, reply, resolve (${locale} UI)`, async ({ browser }) => {
    const translatorContext = await browser.newContext();
    const reviewerContext = await browser.newContext();
    const translator = await translatorContext.newPage();
    const reviewer = await reviewerContext.newPage();

    // The translator writes the text; the reviewer sends it back with a reason.
    await signIn(translator, locale, 'translator', `/review/${doc}/${lang}`);
    const mine = `${practiceText(lang, 'tea')} (v2)`;
    await translator
      .getByLabel(msg(locale, 'Review.translationOf', { number: 4, language: languageName(locale, lang) }))
      .fill(mine);
    await row(translator, 'tea')
      .getByRole('button', { name: msg(locale, 'Review.save'), exact: true })
      .click();
    await expect(row(translator, 'tea').locator('.last-edit')).toContainText(USERS.translator.name);

    await signIn(reviewer, locale, 'reviewer', `/review/${doc}/${lang}`);
    await row(reviewer, 'tea')
      .getByRole('button', { name: msg(locale, 'Review.reject'), exact: true })
      .click();
    await row(reviewer, 'tea').getByLabel(msg(locale, 'Review.rejectReason')).fill('Keep the glass holders.');
    await row(reviewer, 'tea')
      .getByRole('button', { name: msg(locale, 'Review.sendBack'), exact: true })
      .click();
    const thread = (page: Page) =>
      row(page, 'tea').getByRole('region', { name: msg(locale, 'Conversation.label', { number: 4 }) });
    await expect(thread(reviewer).locator('.comment')).toContainText('Keep the glass holders.');

    // The translator's inbox has it, with the reason, and a link to the row.
    await translator.goto(`/${locale}/inbox`);
    const section = translator.locator(`section[data-document="${doc}"]`);
    // Listed under the document's title in the UI language.
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(title);
    await expect(section.getByRole('listitem')).toHaveCount(1);
    await expect(section).toContainText(msg(locale, 'Conversation.reasonRejected'));
    await expect(section).toContainText('Keep the glass holders.');
    await section.getByRole('link', { name: msg(locale, 'Conversation.open', { number: 4 }) }).click();
    await expect(translator).toHaveURL(new RegExp(`/${locale}/review/${doc}/${lang}#r-tea$`));

    // A reply in the thread.
    await thread(translator)
      .getByRole('button', { name: msg(locale, 'Conversation.reply'), exact: true })
      .click();
    await thread(translator)
      .getByLabel(msg(locale, 'Conversation.replyLabel', { number: 4 }))
      .fill('Changed, see v2.');
    await thread(translator)
      .getByRole('button', { name: msg(locale, 'Conversation.send'), exact: true })
      .click();
    await expect(thread(translator).locator('.comment')).toHaveCount(2);
    await expect(thread(translator).locator('.comment').last()).toContainText('Changed, see v2.');
    expect(await seriousViolations(translator, '#r-tea .conversation')).toEqual([]);

    // The reviewer sees it waiting, on the review index and in the inbox; resolving clears it.
    await reviewer.goto(`/${locale}/review`);
    await expect(reviewer.locator('.inbox-count').first()).toBeVisible();
    await reviewer.goto(`/${locale}/inbox`);
    const waiting = reviewer.locator(`section[data-document="${doc}"]`);
    await expect(waiting).toContainText(msg(locale, 'Conversation.reasonReply'));
    await expect(waiting).toContainText('Changed, see v2.');
    expect(await seriousViolations(reviewer, 'main')).toEqual([]);
    await waiting.getByRole('link', { name: msg(locale, 'Conversation.open', { number: 4 }) }).click();
    await thread(reviewer)
      .getByRole('button', { name: msg(locale, 'Conversation.resolve'), exact: true })
      .click();
    await expect(thread(reviewer).getByText(msg(locale, 'Conversation.resolved'), { exact: true })).toBeVisible();
    // Resolved threads fold away, and open again on request.
    await expect(thread(reviewer).locator('.comment')).toHaveCount(0);
    await thread(reviewer)
      .getByRole('button', { name: msg(locale, 'Conversation.show'), exact: true })
      .click();
    await expect(thread(reviewer).locator('.comment')).toHaveCount(2);
    await reviewer.goto(`/${locale}/inbox`);
    await expect(reviewer.locator(`section[data-document="${doc}"]`)).toHaveCount(0);

    await translatorContext.close();
    await reviewerContext.close();
  });
}
