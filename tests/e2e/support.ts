import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { IntlMessageFormat } from 'intl-messageformat';

export const LOCALES = ['en', 'zh', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const LANG_TAG: Record<Locale, string> = { en: 'en', zh: 'zh-Hans', ru: 'ru' };
export const ENDONYM: Record<Locale, string> = { en: 'English', zh: '中文', ru: 'Русский' };
export const DOC = 'sino-russian-cooperation';

const root = fileURLToPath(new URL('../..', import.meta.url));
type Tree = { [key: string]: string | Tree };
const messages = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(path.join(root, 'messages', `${l}.json`), 'utf8')) as Tree]),
) as Record<Locale, Tree>;

/** A UI string as the app formats it, so tests find elements by the name a user sees. */
export function msg(locale: Locale, key: string, values?: Record<string, string | number>): string {
  let node: string | Tree | undefined = messages[locale];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`No message ${key} in ${locale}`);
  return String(new IntlMessageFormat(node, locale).format(values));
}

export function languageName(locale: Locale, lang: Locale): string {
  return msg(locale, `Languages.${lang}`);
}

/** The seed article's text in one language, by segment id. */
export function content(lang: Locale, doc = DOC): Record<string, string> {
  return JSON.parse(readFileSync(path.join(root, 'content', doc, `${lang}.json`), 'utf8'));
}

export function readerPath(locale: Locale, cols: readonly string[], extra = ''): string {
  return `/${locale}/read/${DOC}?cols=${cols.join(',')}${extra}`;
}

export interface CellBox {
  lang: string;
  top: number;
  bottom: number;
  left: number;
}

/** Every segment row's visible cells with their boxes, in DOM order. */
export async function rowBoxes(page: Page): Promise<{ id: string; cells: CellBox[] }[]> {
  return page.locator('[data-segment-row]').evaluateAll((rows) =>
    rows.map((row) => ({
      id: row.id,
      cells: [...row.querySelectorAll<HTMLElement>('.cell')].map((cell) => {
        const box = cell.getBoundingClientRect();
        return {
          lang: cell.dataset.lang ?? '',
          top: box.top + window.scrollY,
          bottom: box.bottom + window.scrollY,
          left: box.left,
        };
      }),
    })),
  );
}

export function columnHeads(page: Page) {
  return page.locator('.column-head').evaluateAll((heads) => heads.map((h) => (h as HTMLElement).dataset.lang));
}

export const PASSWORD = 'e2e-password-1234';
export const USERS = {
  admin: { email: 'admin@example.test', name: 'Ada Admin' },
  translator: { email: 'translator@example.test', name: 'Tao Translator' },
  reviewer: { email: 'reviewer@example.test', name: 'Rita Reviewer' },
  reviewer2: { email: 'reviewer2@example.test', name: 'Roman Reviewer' },
} as const;

/** Signs in through the form, as a person would, and waits until the app has taken the user in. */
export async function signIn(page: Page, locale: Locale, who: keyof typeof USERS, next = '/') {
  await page.goto(`/${locale}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel(msg(locale, 'Auth.email')).fill(USERS[who].email);
  await page.getByLabel(msg(locale, 'Auth.password')).fill(PASSWORD);
  await page.getByRole('button', { name: msg(locale, 'Auth.signIn') }).click();
  await page.getByRole('button', { name: msg(locale, 'Auth.signOut') }).waitFor();
}

/** The practice document of one UI locale (scripts/e2e-server.sh makes one per locale). */
export function practiceText(lang: Locale, segmentId: string): string {
  const file = path.join(root, 'tests/fixtures/e2e-review/review-practice', `${lang}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)[segmentId]!;
}

/**
 * The serious and critical axe findings (WCAG 2.1 A/AA and best practice) on the page, or
 * only inside `include` (selectors): each rule with the first few elements it names.
 */
export async function seriousViolations(page: Page, ...include: string[]) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  for (const selector of include) builder = builder.include(selector);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}
