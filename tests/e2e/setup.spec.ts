import { expect, test } from '@playwright/test';
import { setupPort } from '../../playwright.config';
import { LOCALES, msg } from './support';

test.use({ baseURL: `http://127.0.0.1:${setupPort}` });

test('with no account yet, /setup creates the first admin, signs them in, and then closes', async ({ page }) => {
  // Nobody can sign in before setup.
  await page.goto('/ru/sign-in');
  await page.getByLabel(msg('ru', 'Auth.email')).fill('first@example.test');
  await page.getByLabel(msg('ru', 'Auth.password')).fill('first-admin-password');
  await page.getByRole('button', { name: msg('ru', 'Auth.signIn') }).click();
  await expect(page.getByText(msg('ru', 'Auth.errors.invalidCredentials'))).toBeVisible();

  await page.goto('/ru/setup');
  await expect(page.getByRole('heading', { level: 1, name: msg('ru', 'Auth.setupTitle') })).toBeVisible();
  await page.getByLabel(msg('ru', 'Auth.name')).fill('Первый Админ');
  await page.getByLabel(msg('ru', 'Auth.email')).fill('first@example.test');
  // Too short a password is refused next to the field, and nothing is created.
  await page.getByLabel(msg('ru', 'Auth.password')).fill('short');
  await page.getByRole('button', { name: msg('ru', 'Auth.createAdmin') }).click();
  await expect(page.getByLabel(msg('ru', 'Auth.password'))).toHaveAccessibleDescription(
    msg('ru', 'FieldErrors.passwordTooShort'),
  );
  await expect(page.getByLabel(msg('ru', 'Auth.password'))).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel(msg('ru', 'Auth.password')).fill('first-admin-password');
  await page.getByRole('button', { name: msg('ru', 'Auth.createAdmin') }).click();

  await expect(page).toHaveURL(/\/ru\/admin\/users$/);
  await expect(page.getByRole('cell', { name: 'first@example.test', exact: true })).toBeVisible();
  await expect(
    page.getByRole('form', { name: msg('ru', 'Admin.accessOf', { email: 'first@example.test' }) }).getByRole('combobox'),
  ).toHaveValue('admin');

  for (const locale of LOCALES) {
    await page.goto(`/${locale}/setup`);
    await expect(page.getByText(msg(locale, 'Auth.errors.alreadySetUp'))).toBeVisible();
    await expect(page.getByRole('button', { name: msg(locale, 'Auth.createAdmin') })).toHaveCount(0);
  }
});
