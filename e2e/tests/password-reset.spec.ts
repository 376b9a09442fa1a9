import type { Page } from '@playwright/test';
import { expect, fillLogin, test } from '../support/fixtures.js';
import { waitForNewResetLink } from '../support/mailbox.js';
import type { Account } from '../support/test-data.js';

const NEW_PASSWORD = 'violet harbour lantern 47';
const ANOTHER_PASSWORD = 'amber meadow compass 82';

async function requestResetMail(
  page: Page,
  account: Account,
  checkA11y?: (label: string) => Promise<void>,
) {
  await page.goto(`/tenant/${account.tenantDomain}/login`);
  await page.getByLabel('Username').fill(account.username);
  await page.getByRole('button', { name: 'Password forgotten?' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset your password' });
  await expect(dialog.getByLabel('Tenant domain')).toHaveValue(account.tenantDomain);
  await expect(dialog.getByLabel('Username')).toHaveValue(account.username);
  await checkA11y?.('password forgotten dialog');
  await dialog.getByRole('button', { name: 'Send reset link' }).click();
  await expect(dialog).toContainText('If an account with these details exists');
  await dialog.getByRole('button', { name: 'Close' }).click();
}

async function setNewPassword(page: Page, password: string) {
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('Confirm password').fill(password);
  await page.getByRole('button', { name: 'Change password' }).click();
}

test('a user resets a forgotten password through the link in the mail', async ({
  page,
  checkA11y,
  tenant,
  user,
}) => {
  await requestResetMail(page, user, checkA11y);
  const link = await waitForNewResetLink(user.email);

  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Change password' })).toBeVisible();
  // The token leaves the address bar at once.
  expect(page.url()).not.toContain('token=');
  await checkA11y('change password page');

  // Refused with its reason: live for the length, from the server for a breached password.
  await page.getByLabel('New password').fill('too short');
  await expect(page.getByText(/at least 12 characters/)).toBeVisible();
  await setNewPassword(page, 'password1234');
  await expect(page.getByText(/common or breached/)).toBeVisible();

  await setNewPassword(page, NEW_PASSWORD);
  await expect(page.getByText('Your password was changed')).toBeVisible();

  // The old password fails, the new one works.
  await fillLogin(page, user);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toContainText('incorrect');
  await fillLogin(page, { ...user, password: NEW_PASSWORD });
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('banner').getByText(tenant.name)).toBeVisible();
  await page.getByRole('button', { name: 'Log out' }).click();

  // The same link a second time is refused, with a way to ask for a new mail.
  await page.goto(link);
  await expect(page.getByText('This link is no longer valid')).toBeVisible();
  await expect(
    page
      .getByRole('button', { name: 'Send a new link' })
      .or(page.getByRole('link', { name: 'Send a new link' })),
  ).toBeVisible();
  await checkA11y('invalid reset link');

  // A new mail brings a new link, which works.
  await requestResetMail(page, user);
  await page.goto(await waitForNewResetLink(user.email, [link]));
  await setNewPassword(page, ANOTHER_PASSWORD);
  await expect(page.getByText('Your password was changed')).toBeVisible();
});
