import type { Page } from '@playwright/test';
import { ACME, ALICE, E2E_DEMO_PASSWORD } from '../support/demo.js';
import { expect, fillLogin, test } from '../support/fixtures.js';
import { waitForNewResetLink } from '../support/mailbox.js';

const NEW_PASSWORD = 'violet harbour lantern 47';

async function requestResetMail(page: Page, checkA11y?: (label: string) => Promise<void>) {
  await page.goto(`/tenant/${ACME.domain}/login`);
  await page.getByLabel('Username').fill(ALICE.username);
  await page.getByRole('button', { name: 'Password forgotten?' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset your password' });
  await expect(dialog.getByLabel('Tenant domain')).toHaveValue(ACME.domain);
  await expect(dialog.getByLabel('Username')).toHaveValue(ALICE.username);
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

test('alice resets a forgotten password through the link in the mail', async ({
  page,
  checkA11y,
}) => {
  await requestResetMail(page, checkA11y);
  const link = await waitForNewResetLink(ALICE.email);

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
  await fillLogin(page, {
    tenantDomain: ACME.domain,
    username: ALICE.username,
    password: E2E_DEMO_PASSWORD,
  });
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toContainText('incorrect');
  await fillLogin(page, {
    tenantDomain: ACME.domain,
    username: ALICE.username,
    password: NEW_PASSWORD,
  });
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('banner').getByText(ACME.name)).toBeVisible();
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

  // Put the demo password back for the other tests of this run.
  await requestResetMail(page);
  await page.goto(await waitForNewResetLink(ALICE.email, [link]));
  await setNewPassword(page, E2E_DEMO_PASSWORD);
  await expect(page.getByText('Your password was changed')).toBeVisible();
});
