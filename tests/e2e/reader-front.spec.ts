import { expect, test } from '@playwright/test';
import { practiceText, signIn } from './support';

/*
 * The production server (serve.mjs) answers the anonymous reader from the bytes Next rendered
 * before, keyed by the document's revision: the second visitor gets the same page without
 * entering Next, nobody signed in ever gets the shared page, and a write is visible to the very
 * next anonymous request.
 */
const DOC = 'front-en';
const PATH = `/en/read/${DOC}?cols=en,zh`;

test('the anonymous reader is served from the front cache, and never to someone signed in', async ({
  page,
  playwright,
  baseURL,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const first = await anonymous.get(PATH);
  expect(first.status()).toBe(200);
  const second = await anonymous.get(PATH);
  expect(second.headers()['x-triglot-cache']).toBe('hit');
  expect(await second.text()).toBe(await first.text());
  expect(await second.text()).toContain(practiceText('zh', 'lake'));
  // A browser revalidating what it has gets 304 and no body.
  const revalidated = await anonymous.get(PATH, { headers: { 'if-none-match': second.headers()['etag'] ?? '' } });
  expect(revalidated.status()).toBe(304);

  await signIn(page, 'en', 'translator', '/');
  const own = await page.request.get(PATH);
  expect(own.status()).toBe(200);
  expect(own.headers()['x-triglot-cache']).toBeUndefined();
  await anonymous.dispose();
});

test('a translation saved is in the very next anonymous page', async ({ page, playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  await anonymous.get(PATH);
  expect((await anonymous.get(PATH)).headers()['x-triglot-cache']).toBe('hit');

  await signIn(page, 'en', 'translator', '/');
  const text = '到了早晨，窗外只剩白桦林和一条封冻的河。';
  const saved = await page.request.patch(`/api/translations/${DOC}/lake/zh`, { data: { action: 'edit', version: 1, text } });
  expect(saved.status()).toBe(200);

  const next = await anonymous.get(PATH);
  expect(next.headers()['x-triglot-cache']).not.toBe('hit');
  const html = await next.text();
  expect(html).toContain(text);
  expect(html).not.toContain(practiceText('zh', 'lake'));
  // The new revision's page is the one kept from now on.
  const after = await anonymous.get(PATH);
  expect(after.headers()['x-triglot-cache']).toBe('hit');
  expect(await after.text()).toContain(text);
  await anonymous.dispose();
});
