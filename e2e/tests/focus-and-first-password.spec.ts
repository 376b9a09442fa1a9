import { expect, test } from '../support/fixtures.js';
import {
  activateFromSetupPage,
  logOut,
  openUserManagement,
  signIn,
  signInWithPassword,
} from '../support/flows.js';
import { waitForNewResetLink } from '../support/mailbox.js';
import { randomId } from '../support/test-data.js';

// Administrators must use 2FA in this tenant; `admin` has not activated it yet.
test.use({ tenantPolicy: { twoFactorRequiredFor: 'admins' }, adminTotp: false });

test('after each full-page change the focus is on the page heading', async ({
  page,
  checkA11y,
  admin,
}) => {
  await signInWithPassword(page, admin);
  await expect(page).toHaveURL(/\/two-factor\/setup/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Enable two-factor authentication' }),
  ).toBeFocused();
  await activateFromSetupPage(page, checkA11y);

  // Signed in: the portal's start page has the focus on its heading, not on <body>.
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeFocused();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'User management' })).toBeFocused();
  await checkA11y('heading focused after a page change');
});

test('a new account sets its password: "Set your password", the first invalid field focused, a confirmation before the QR code', async ({
  page,
  checkA11y,
  createAccount,
}) => {
  const owner = await createAccount({ role: 'admin', totp: true });
  const id = randomId();
  const username = `new.admin.${id}`;
  const email = `new.admin.${id}@example.test`;
  const password = 'seven bridges of koenigsberg';

  await signIn(page, owner);
  await openUserManagement(page);
  await page.getByRole('button', { name: 'Create user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create user' });
  await dialog.getByLabel('Username').fill(username);
  await dialog.getByLabel('E-mail').fill(email);
  await dialog.getByLabel('Role').selectOption({ label: 'Administrator' });
  await dialog.getByRole('button', { name: 'Create and send e-mail' }).click();
  await expect(dialog).toBeHidden();
  await logOut(page);

  // The new account's link: the first password is set, not changed.
  await page.goto(await waitForNewResetLink(email));
  await expect(page.getByRole('heading', { level: 1, name: 'Set your password' })).toBeVisible();
  await expect(page.getByText('Change password')).toHaveCount(0);
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('Confirm password').fill(`${password}!`);
  await page.getByRole('button', { name: 'Set password' }).click();
  const confirm = page.getByLabel('Confirm password');
  await expect(confirm).toBeFocused();
  await expect(confirm).toHaveAccessibleDescription(/The passwords do not match\./);
  await checkA11y('passwords do not match');

  await confirm.fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();

  // Figure 2 → 3: a short confirmation, then the QR code; the focus on the page heading.
  await expect(page).toHaveURL(/\/two-factor\/setup/);
  const confirmation = page
    .getByRole('status')
    .filter({ hasText: 'Your password is set. One more step: set up two-factor authentication.' });
  await expect(confirmation).toBeVisible();
  const qrCode = page.getByRole('img', { name: 'QR code' });
  await expect(qrCode).toBeVisible();
  const confirmationTop = (await confirmation.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
  expect(confirmationTop).toBeLessThan((await qrCode.boundingBox())?.y ?? 0);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Enable two-factor authentication' }),
  ).toBeFocused();
  await activateFromSetupPage(page, checkA11y);
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeFocused();
});
