/**
 * Screenshots of the running app for docs/ and for looking at a change:
 *   npx tsx scripts/screenshots.ts [baseUrl] [outDir]
 * The app must be running (npm run build && npm start). With SHOT_EMAIL and SHOT_PASSWORD
 * (an admin's account) it also takes the signed-in pages: review workspace, admin.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:3000';
const out = process.argv[3] ?? 'docs/screenshots';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

interface Shot {
  name: string;
  path: string;
  width: number;
  height: number;
  fullPage?: boolean;
  signedIn?: boolean;
  /** Preferences this browser keeps (lib/preferences.ts), set before the page loads. */
  prefs?: Record<string, unknown>;
}

const shots: Shot[] = [
  { name: 'reader-en-ui-en-zh-ru', path: '/en/read/sino-russian-cooperation?cols=en,zh,ru', width: 1440, height: 1000 },
  { name: 'reader-zh-ui-zh-ru', path: '/zh/read/sino-russian-cooperation?cols=zh,ru', width: 1280, height: 1000 },
  { name: 'reader-ru-ui-status', path: '/ru/read/sino-russian-cooperation?cols=ru,en&status=1', width: 1280, height: 1000 },
  { name: 'reader-narrow-ru-ui', path: '/ru/read/sino-russian-cooperation?cols=en,zh,ru', width: 390, height: 844 },
  {
    name: 'reader-zh-ui-pinyin',
    path: '/zh/read/sino-russian-cooperation?cols=zh,ru&py=tone&stress=1',
    width: 1280,
    height: 1000,
  },
  {
    name: 'reader-en-ui-dark',
    path: '/en/read/sino-russian-cooperation?cols=en,zh,ru',
    width: 1440,
    height: 1000,
    prefs: { theme: 'dark', hidden: ['ru'] },
  },
  { name: 'home-en', path: '/en', width: 1280, height: 800 },
  { name: 'home-zh-narrow', path: '/zh', width: 390, height: 844 },
  { name: 'review-en-zh', path: '/en/review/sino-russian-cooperation/zh', width: 1440, height: 1000, signedIn: true },
  { name: 'review-ru-narrow', path: '/ru/review/sino-russian-cooperation/ru', width: 390, height: 844, signedIn: true },
  { name: 'reader-reviewer-zh', path: '/zh/read/sino-russian-cooperation?cols=en,zh', width: 1280, height: 900, signedIn: true },
  { name: 'admin-users-en', path: '/en/admin/users', width: 1280, height: 900, signedIn: true },
];

const email = process.env.SHOT_EMAIL;
const password = process.env.SHOT_PASSWORD;

const only = process.env.SHOTS?.split(',');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}) });
for (const shot of shots) {
  if (only && !only.includes(shot.name)) continue;
  if (shot.signedIn && !(email && password)) continue;
  const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, deviceScaleFactor: 1 });
  if (shot.prefs) await page.addInitScript((prefs) => localStorage.setItem('triglot:prefs', JSON.stringify(prefs)), shot.prefs);
  if (shot.signedIn && email && password) {
    await page.goto(`${base}/en/sign-in`);
    await page.locator('#email').fill(email);
    await page.locator('#password').fill(password);
    await page.locator('form button[type=submit]').click();
    await page.waitForURL((url) => !url.pathname.includes('/sign-in'));
  }
  await page.goto(base + shot.path, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  const file = path.join(out, `${shot.name}.png`);
  await page.screenshot({ path: file, fullPage: shot.fullPage ?? false });
  console.log(file);
  await page.close();
}
await browser.close();
