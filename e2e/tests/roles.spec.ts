import { expect, test } from '../support/fixtures.js';
import {
  activateFromSetupPage,
  logOut,
  openUserManagement,
  signIn,
  signInWithPassword,
  userRow,
} from '../support/flows.js';

test('a user without the permission has no user management: no menu entry, 403 from the API', async ({
  page,
  checkA11y,
  user,
}) => {
  await signInWithPassword(page, user);
  const menu = page.getByRole('navigation', { name: 'Main' });
  await expect(menu.getByRole('link', { name: 'Home', exact: true })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Account', exact: true })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Users', exact: true })).toHaveCount(0);
  await checkA11y('portal of a user without administration');

  // The same session, asking the API directly.
  const answer = await page.request.get('/api/users');
  expect(answer.status()).toBe(403);
  expect(await answer.json()).toMatchObject({ error: 'forbidden' });

  // Typing the address leads to the start page, not to a list.
  await page.goto('/users');
  await expect(
    page.getByRole('heading', { level: 1, name: `Welcome, ${user.displayName}` }),
  ).toBeVisible();
  await expect(page).not.toHaveURL(/\/users/);
  await expect(page.getByRole('heading', { name: 'User management' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Users' })).toHaveCount(0);
});

// The help page's sequence: the role alone grants the permissions, and brings the 2FA duty.
test('an administrator gives a user the administrator role; the user activates 2FA and manages users', async ({
  page,
  checkA11y,
  admin,
  user,
  createAccount,
}) => {
  // Named, so that nothing but the role column can say "User" or "Administrator" in the row.
  const bob = await createAccount({ role: 'user', username: 'bob', displayName: 'Bob Baker' });
  await signIn(page, admin);
  await openUserManagement(page);
  await expect(userRow(page, bob.username)).toContainText('User');

  await userRow(page, bob.username).getByRole('button', { name: 'User options' }).click();
  await checkA11y('user options menu');
  await page.getByRole('menuitem', { name: 'Edit user', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit user' });
  await expect(dialog).toBeVisible();
  await checkA11y('edit user dialog');
  await dialog.getByLabel('Role').selectOption({ label: 'Administrator' });
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: `The changes to ${bob.username} were saved.` }),
  ).toBeVisible();
  await expect(userRow(page, bob.username)).toContainText('Administrator');
  await logOut(page);

  // Bob signs in as before; as an administrator he must activate 2FA first.
  await signInWithPassword(page, bob);
  await expect(page).toHaveURL(/\/two-factor\/setup/);
  await expect(
    page.getByRole('heading', { name: 'Enable two-factor authentication' }),
  ).toBeVisible();
  await activateFromSetupPage(page, checkA11y);
  await expect(page.getByRole('banner').getByText(bob.displayName)).toBeVisible();

  await openUserManagement(page);
  await expect(userRow(page, user.username)).toBeVisible();
  await expect(userRow(page, bob.username)).toContainText('Administrator');
  await expect(page.getByRole('button', { name: 'Create user' })).toBeVisible();
  await checkA11y('user management of the new administrator');
});
