import { expect, test } from '../support/fixtures.js';

test('the language switch translates the page and is remembered', async ({ page, checkA11y }) => {
  await page.goto('/login');
  await page.getByLabel('Language').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('button', { name: 'Anmelden' })).toBeVisible();
  await checkA11y('login page in German');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('button', { name: 'Anmelden' })).toBeVisible();

  await page.getByLabel('Sprache').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();

  await page.getByLabel('Langue').selectOption('en');
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
});
