import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { E2E_DEMO_PASSWORD } from './demo.js';
import { expect, fillLogin } from './fixtures.js';
import { authenticatorCode } from './totp.js';

/** Steps that several flows share, as a person takes them in the browser. */
export async function signInWithPassword(
  page: Page,
  account: { tenantDomain: string; username: string },
) {
  await page.goto('/login');
  await fillLogin(page, { ...account, password: E2E_DEMO_PASSWORD });
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Reads the secret off the activation page, as a person types it into an app, and activates. */
export async function activateFromSetupPage(
  page: Page,
  checkA11y: (label: string) => Promise<void>,
) {
  await expect(
    page.getByRole('heading', { name: 'Enable two-factor authentication' }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code' })).toBeVisible();
  const secretText = page.getByRole('figure', { name: 'Secret key' }).locator('code');
  const shownSecret = ((await secretText.textContent()) ?? '').trim();
  expect(shownSecret).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  await checkA11y('two-factor activation');

  await page.getByRole('button', { name: 'How does this work?' }).click();
  await expect(page.getByRole('dialog')).toContainText('Google Authenticator');
  await checkA11y('how two-factor authentication works');
  await page.keyboard.press('Escape');

  await page.getByLabel('Authentication code').fill(authenticatorCode(shownSecret));
  await page.getByRole('button', { name: 'Activate' }).click();
  await expect(page.getByRole('heading', { name: 'Save your recovery codes' })).toBeVisible();
  await checkA11y('recovery codes');
  const recoveryCodes = await page
    .getByRole('list', { name: 'Recovery codes' })
    .locator('code')
    .allInnerTexts();
  expect(recoveryCodes).toHaveLength(10);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download' }).click(),
  ]);
  const saved = await readFile((await download.path()) as string, 'utf8');
  for (const code of recoveryCodes) expect(saved).toContain(code);

  await page.getByRole('button', { name: 'Continue to the portal' }).click();
  return { secret: shownSecret, recoveryCodes };
}

export async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
}
