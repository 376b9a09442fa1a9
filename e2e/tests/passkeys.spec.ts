import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.js';
import { logOut, signInWithPassword } from '../support/flows.js';
import { waitForMail } from '../support/mailbox.js';
import type { Account } from '../support/test-data.js';
import { addVirtualAuthenticator } from '../support/virtual-passkey.js';

// Passkeys with Chromium's virtual authenticator: the browser answers WebAuthn as a device whose
// screen lock the person confirms. Each test adds its own authenticator to its own page.

/** The portal is open for this account: its name in the banner. */
async function expectSignedIn(page: Page, account: Account) {
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('banner').getByText(account.displayName)).toBeVisible();
}

async function openAccountSecurity(page: Page) {
  await page.getByRole('link', { name: 'Account' }).click();
  await expect(page.getByRole('region', { name: 'Passkeys' })).toBeVisible();
}

/** Under Account → Security: names the passkey and adds it; the list shows it. */
async function addPasskeyUnderAccount(page: Page, name: string) {
  await openAccountSecurity(page);
  const card = page.getByRole('region', { name: 'Passkeys' });
  await card.getByLabel('Passkey name').fill(name);
  await card.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Passkey added.' })).toBeVisible();
  await expect(card.getByRole('list', { name: 'Passkeys' })).toContainText(name);
}

test.describe('an administrator who must use 2FA', () => {
  // The administrator activates 2FA in the test.
  test.use({ adminTotp: false });

  test('activates 2FA with a passkey at sign-in, then signs in with password and passkey', async ({
    page,
    checkA11y,
    tenant,
    admin,
  }) => {
    const authenticator = await addVirtualAuthenticator(page);
    await signInWithPassword(page, admin);
    await expect(page).toHaveURL(/\/two-factor\/setup/);
    const passkey = page.getByRole('region', { name: 'Passkey' });
    await expect(passkey.getByRole('button', { name: 'Use a passkey instead' })).toBeVisible();
    await checkA11y('two-factor activation with the passkey choice');

    await passkey.getByLabel('Passkey name').fill('Work laptop');
    await passkey.getByRole('button', { name: 'Use a passkey instead' }).click();
    await expect(page.getByRole('banner').getByText(tenant.name)).toBeVisible();
    await expectSignedIn(page, admin);
    expect(await authenticator.credentialCount()).toBe(1);
    // The owner hears of every new passkey (a security notice).
    const notice = await waitForMail(admin.email, 'A passkey was added to your account');
    expect(notice.text).toContain('“Work laptop”');
    // 2FA is on: no banner, no further activation.
    await expect(page.getByRole('region', { name: 'Security notice' })).toBeHidden();

    await logOut(page);
    await signInWithPassword(page, admin);
    const challenge = page.getByRole('dialog', { name: 'Two-factor authentication' });
    const usePasskey = challenge.getByRole('button', { name: 'Use your passkey' });
    await expect(usePasskey).toBeVisible();
    await checkA11y('two-factor dialog with the passkey');
    await usePasskey.click();
    await expectSignedIn(page, admin);
  });
});

test('a user signs in with a passkey alone; the tenant is the passkey’s, not the field’s', async ({
  page,
  checkA11y,
  tenant,
  user,
  reseller,
}) => {
  await addVirtualAuthenticator(page);
  await signInWithPassword(page, user);
  await expectSignedIn(page, user);
  await addPasskeyUnderAccount(page, 'Phone');
  await checkA11y('account security with a passkey');
  await logOut(page);

  // Another tenant's domain in the field changes nothing: the passkey says whose account it is.
  await page.getByLabel('Tenant domain').fill(reseller.tenant.domain);
  await checkA11y('login page with the passkey button');
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expectSignedIn(page, user);
  await expect(page.getByRole('banner').getByText(tenant.name)).toBeVisible();
});

test('a removed passkey no longer signs in', async ({ page, checkA11y, user }) => {
  const authenticator = await addVirtualAuthenticator(page);
  await signInWithPassword(page, user);
  await expectSignedIn(page, user);
  await addPasskeyUnderAccount(page, 'Old key');

  const card = page.getByRole('region', { name: 'Passkeys' });
  await card.getByRole('button', { name: 'Remove' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove passkey “Old key”?' });
  await expect(confirm).toBeVisible();
  await checkA11y('remove passkey dialog');
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Passkey removed.' })).toBeVisible();
  await expect(card).toContainText('You have no passkeys yet.');
  await waitForMail(user.email, 'A passkey was removed from your account');
  await logOut(page);

  // The browser still holds it, as a real device would; the portal does not take it any more.
  expect(await authenticator.credentialCount()).toBe(1);
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'The passkey was not accepted. Try again, or use another way.',
  );
  await checkA11y('login page after a refused passkey');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
});
