import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.js';
import { activateFromSetupPage, logOut, signIn, signInWithPassword } from '../support/flows.js';

// The administrators here activate 2FA in the test.
test.use({ adminTotp: false });

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
  // An authenticator code is sent by its sixth digit; a recovery code by "Verify".
  if (field === 'Recovery code') await dialog.getByRole('button', { name: 'Verify' }).click();
  return dialog;
}

test('an administrator is led into activation at sign-in, then signs in with codes', async ({
  page,
  checkA11y,
  tenant,
  admin,
}) => {
  await signInWithPassword(page, admin);
  await expect(page).toHaveURL(/\/two-factor\/setup/);
  // A reload (or a phone restoring the tab) keeps the secret the app may have scanned already.
  const secretText = page.getByRole('figure', { name: 'Secret key' }).locator('code');
  const shownFirst = await secretText.textContent();
  await page.reload();
  await expect(secretText).toHaveText(shownFirst ?? '');
  await expect(page.getByRole('alert')).toBeHidden();
  const { authenticator, recoveryCodes } = await activateFromSetupPage(page, checkA11y);
  await expect(page.getByRole('banner').getByText(tenant.name)).toBeVisible();
  await expect(page.getByRole('banner').getByText(admin.displayName)).toBeVisible();

  // Again, with a fresh code: a time step newer than the one used for activation.
  await logOut(page);
  await signInWithPassword(page, admin);
  await expect(page.getByRole('dialog', { name: 'Two-factor authentication' })).toBeVisible();
  await checkA11y('two-factor dialog');
  // Digits only, spaces tolerated; one primary action (Verify), Close beside it is secondary.
  const challenge = page.getByRole('dialog', { name: 'Two-factor authentication' });
  const codeField = challenge.getByLabel('Authentication code');
  await codeField.pressSequentially('1a2 b');
  await expect(codeField).toHaveValue('12 ');
  await codeField.fill('');
  await expect(challenge.locator('.button--primary')).toHaveText(['Verify']);
  // Still within the server's window when it comes back below, so only the replay refuses it.
  const freshCode = await authenticator.nextCode({ validForMs: 30_000 });
  await answerChallenge(page, 'Authentication code', freshCode);
  await expect(page.getByRole('banner').getByText(tenant.name)).toBeVisible();

  // The same code a second time is refused.
  await logOut(page);
  await signInWithPassword(page, admin);
  const dialog = await answerChallenge(page, 'Authentication code', freshCode);
  await expect(dialog.getByRole('alert')).toContainText(
    'This code was just used. Wait for the next code in your app.',
  );

  // A recovery code works once...
  await dialog.getByRole('button', { name: 'Use a recovery code' }).click();
  await dialog.getByLabel('Recovery code').fill(recoveryCodes[0] as string);
  await dialog.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('banner').getByText(tenant.name)).toBeVisible();

  // ...and not twice.
  await logOut(page);
  await signInWithPassword(page, admin);
  const again = await answerChallenge(page, 'Recovery code', recoveryCodes[0] as string);
  await expect(again.getByRole('alert')).toContainText('not valid or was already used');
});

test.describe('a tenant that gives its administrators 30 days', () => {
  test.use({ tenantPolicy: { twoFactorGraceDays: 30 } });

  test('before the grace deadline an administrator sees the banner and activates from it', async ({
    page,
    checkA11y,
    tenant,
    admin,
  }) => {
    await signInWithPassword(page, admin);
    await expect(page.getByRole('banner').getByText(tenant.name)).toBeVisible();
    const notice = page.getByRole('region', { name: 'Security notice' });
    await expect(notice).toContainText(
      'Two-factor authentication is required for your account from',
    );
    await checkA11y('portal with the 2FA banner');

    await notice.getByRole('button', { name: 'Enable 2FA' }).click();
    await activateFromSetupPage(page, checkA11y);
    await expect(page.getByRole('banner').getByText(tenant.name)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Security notice' })).toBeHidden();
  });
});

test('a user enables 2FA voluntarily under Account → Security, and can turn it off again', async ({
  page,
  checkA11y,
  user,
}) => {
  await signInWithPassword(page, user);
  await page.getByRole('link', { name: 'Account' }).click();
  await checkA11y('account security');
  await page.getByRole('button', { name: 'Enable two-factor authentication' }).click();
  await activateFromSetupPage(page, checkA11y);

  // Just signed in and activated: the proof is fresh, so turning it off asks nothing more.
  await page.getByRole('link', { name: 'Account' }).click();
  await page.getByRole('button', { name: 'Disable', exact: true }).click();
  await expect(
    page.getByRole('button', { name: 'Enable two-factor authentication' }),
  ).toBeVisible();

  // Signing in asks for no code any more.
  await logOut(page);
  await signInWithPassword(page, user);
  await expect(page.getByRole('banner').getByText(user.displayName)).toBeVisible();
});

// The server takes a code for one step either side of its clock, each step once: an authenticator
// no code was used for yet offers three at once, so three sign-ins need no wait for a new step.
test('a user with 2FA on signs in with a new code each time, or with a recovery code', async ({
  page,
  tenant,
  userWithTotp,
}) => {
  for (let signIns = 0; signIns < 3; signIns++) {
    await signIn(page, userWithTotp);
    await expect(page.getByRole('banner').getByText(tenant.name)).toBeVisible();
    await logOut(page);
  }
  await signInWithPassword(page, userWithTotp);
  await answerChallenge(page, 'Recovery code', userWithTotp.recoveryCodes[0] as string);
  await expect(page.getByRole('banner').getByText(userWithTotp.displayName)).toBeVisible();
});
