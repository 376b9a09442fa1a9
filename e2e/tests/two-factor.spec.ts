import type { Page } from '@playwright/test';
import {
  ACME,
  ACME_ADMIN,
  ALICE,
  E2E_DEMO_PASSWORD,
  GLOBEX,
  GLOBEX_ADMIN,
} from '../support/demo.js';
import { expect, test } from '../support/fixtures.js';
import { activateFromSetupPage, logOut, signInWithPassword } from '../support/flows.js';
import { authenticatorCode } from '../support/totp.js';

async function answerChallenge(
  page: Page,
  field: 'Authentication code' | 'Recovery code',
  code: string,
) {
  const dialog = page.getByRole('dialog', { name: 'Two-factor authentication' });
  await expect(dialog).toBeVisible();
  if (field === 'Recovery code')
    await dialog.getByRole('button', { name: 'Use a recovery code' }).click();
  await dialog.getByLabel(field).fill(code);
  await dialog.getByRole('button', { name: 'Verify' }).click();
  return dialog;
}

test('an administrator is led into activation at sign-in, then signs in with codes', async ({
  page,
  checkA11y,
}) => {
  await signInWithPassword(page, ACME_ADMIN);
  await expect(page).toHaveURL(/\/two-factor\/setup/);
  const { secret, recoveryCodes } = await activateFromSetupPage(page, checkA11y);
  await expect(page.getByRole('banner').getByText(ACME.name)).toBeVisible();
  await expect(page.getByRole('banner').getByText(ACME_ADMIN.displayName)).toBeVisible();

  // Again, with a fresh code: the next time step, newer than the one used for activation.
  await logOut(page);
  const freshCode = authenticatorCode(secret, 1);
  await signInWithPassword(page, ACME_ADMIN);
  await expect(page.getByRole('dialog', { name: 'Two-factor authentication' })).toBeVisible();
  await checkA11y('two-factor dialog');
  await answerChallenge(page, 'Authentication code', freshCode);
  await expect(page.getByRole('banner').getByText(ACME.name)).toBeVisible();

  // The same code a second time is refused.
  await logOut(page);
  await signInWithPassword(page, ACME_ADMIN);
  const dialog = await answerChallenge(page, 'Authentication code', freshCode);
  await expect(dialog.getByRole('alert')).toContainText('The code is not valid');

  // A recovery code works once...
  await dialog.getByRole('button', { name: 'Use a recovery code' }).click();
  await dialog.getByLabel('Recovery code').fill(recoveryCodes[0] as string);
  await dialog.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('banner').getByText(ACME.name)).toBeVisible();

  // ...and not twice.
  await logOut(page);
  await signInWithPassword(page, ACME_ADMIN);
  const again = await answerChallenge(page, 'Recovery code', recoveryCodes[0] as string);
  await expect(again.getByRole('alert')).toContainText('not valid or was already used');
});

test('before the grace deadline an administrator sees the banner and activates from it', async ({
  page,
  checkA11y,
}) => {
  await signInWithPassword(page, GLOBEX_ADMIN);
  await expect(page.getByRole('banner').getByText(GLOBEX.name)).toBeVisible();
  const notice = page.getByRole('region', { name: 'Security notice' });
  await expect(notice).toContainText('Two-factor authentication is required for your account from');
  await checkA11y('portal with the 2FA banner');

  await notice.getByRole('button', { name: 'Enable 2FA' }).click();
  await activateFromSetupPage(page, checkA11y);
  await expect(page.getByRole('banner').getByText(GLOBEX.name)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Security notice' })).toBeHidden();
});

test('a user enables 2FA voluntarily under Account → Security, and can turn it off again', async ({
  page,
  checkA11y,
}) => {
  await signInWithPassword(page, ALICE);
  await page.getByRole('link', { name: 'Account' }).click();
  await checkA11y('account security');
  await page.getByRole('button', { name: 'Enable two-factor authentication' }).click();
  const { secret } = await activateFromSetupPage(page, checkA11y);

  await page.getByRole('link', { name: 'Account' }).click();
  await page.getByLabel('Password', { exact: true }).fill(E2E_DEMO_PASSWORD);
  await page.getByLabel('Authentication code').fill(authenticatorCode(secret, 1));
  await page.getByRole('button', { name: 'Disable', exact: true }).click();
  await expect(
    page.getByRole('button', { name: 'Enable two-factor authentication' }),
  ).toBeVisible();

  // Signing in asks for no code any more.
  await logOut(page);
  await signInWithPassword(page, ALICE);
  await expect(page.getByRole('banner').getByText(ALICE.displayName)).toBeVisible();
});
