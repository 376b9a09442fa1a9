import { expect, test } from '../support/fixtures.js';
import { activateFromSetupPage, logOut, signInWithPassword } from '../support/flows.js';
import { waitForNewResetLink } from '../support/mailbox.js';

// A tenant like the demo's Initech, which requires 2FA of every user; its administrator has not
// activated it yet.
test.use({ tenantPolicy: { twoFactorRequiredFor: 'all' }, adminTotp: false });

// Figures 1–3 of the help page: accounts that exist only in the portal activate 2FA through the
// reset mail that an administrator sends them.
test('an administrator sends a reset mail; the user sets a password and activates 2FA', async ({
  page,
  checkA11y,
  tenant,
  admin,
  user,
}) => {
  await signInWithPassword(page, admin);
  await expect(page).toHaveURL(/\/two-factor\/setup/);
  await activateFromSetupPage(page, checkA11y);

  await page.getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { name: 'User management' })).toBeVisible();
  await checkA11y('user management');
  const row = page.getByRole('row').filter({ hasText: user.username });
  await row.getByRole('button', { name: 'User options' }).click();
  await page.getByRole('menuitem', { name: 'Reset password' }).click();
  const dialog = page.getByRole('dialog');
  await checkA11y('reset password confirmation');
  await dialog.getByRole('button', { name: 'Send e-mail' }).click();
  await expect(page.getByRole('status').filter({ hasText: user.username })).toBeVisible();
  await logOut(page);

  // The user opens the mail, sets a password, and lands on the QR code step.
  await page.goto(await waitForNewResetLink(user.email));
  await page.getByLabel('New password').fill('red stapler basement 1999');
  await page.getByLabel('Confirm password').fill('red stapler basement 1999');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page).toHaveURL(/\/two-factor\/setup/);
  await activateFromSetupPage(page, checkA11y);
  await expect(page.getByRole('banner').getByText(tenant.name)).toBeVisible();
});
