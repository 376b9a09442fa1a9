import { expect, fillLogin, test } from '../support/fixtures.js';
import { logOut, openUserManagement, signIn, userRow } from '../support/flows.js';

// Issue 14, point 9: the audit log still says who a deleted user was, and what a failed sign-in
// tried (never the password).
test('the audit log names a deleted user and the account a failed sign-in tried', async ({
  page,
  checkA11y,
  tenant,
  admin,
  createAccount,
}) => {
  // Four sign-ins, a deletion and axe: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  const carol = await createAccount({ role: 'user', displayName: 'Carol Cohen' });
  await signIn(page, carol);
  await logOut(page);

  // Someone tries an account that does not exist.
  const guessedPassword = 'a guessed secret 42';
  await fillLogin(page, {
    tenantDomain: tenant.domain,
    username: 'ghost',
    password: guessedPassword,
  });
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();

  await signIn(page, admin);
  await openUserManagement(page);
  await userRow(page, carol.username).getByRole('button', { name: 'User options' }).click();
  await page.getByRole('menuitem', { name: 'Delete user' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: carol.username })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Audit log', exact: true })
    .click();
  const events = page.getByRole('table', { name: 'Audit events' });
  const carolDeleted = `${carol.username} (deleted)`;
  const rowOf = (event: string) =>
    events.getByRole('row').filter({ has: page.getByRole('cell', { name: event, exact: true }) });
  // Her own sign-in and sign-out, and her deletion, all still name her.
  await expect(rowOf('Signed in').filter({ hasText: carolDeleted })).toHaveCount(1);
  await expect(rowOf('Signed out').filter({ hasText: carolDeleted })).toHaveCount(1);
  await expect(rowOf('User deleted').filter({ hasText: carolDeleted })).toContainText(
    admin.username,
  );
  await expect(rowOf('Sign-in failed').filter({ hasText: 'Tried: ghost at' })).toContainText(
    tenant.domain,
  );
  await expect(events).not.toContainText(guessedPassword);
  await checkA11y('audit log with a deleted user and a failed sign-in');
});
