import { expect, test } from '../support/fixtures.js';
import { signIn, userRow } from '../support/flows.js';

/** What GET /api/users says of each user that the 2FA counts depend on. */
type ListedUser = { status: string; roles: string[]; twoFactorEnabled: boolean };

test('an administrator sees the tenant settings, own sessions and the audit log', async ({
  page,
  checkA11y,
  tenant,
  admin,
}) => {
  await signIn(page, admin);
  const menu = page.getByRole('navigation', { name: 'Main' });

  // Tenant settings: the policy, and how many of those it requires still lack 2FA.
  await menu.getByRole('link', { name: 'Tenant settings', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tenant settings' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Administrators' })).toBeChecked();
  const users = (await (await page.request.get('/api/users?limit=200')).json()) as {
    items: ListedUser[];
  };
  const required = users.items.filter(
    (user) => user.status === 'active' && user.roles.includes('admin'),
  );
  const lacking = required.filter((user) => !user.twoFactorEnabled).length;
  await expect(
    page.getByText(
      lacking === 0
        ? 'All users who must use 2FA have activated it.'
        : `${lacking} of ${required.length} users who must use 2FA`,
    ),
  ).toBeVisible();
  await checkA11y('tenant settings');

  // Sessions: this one is marked, and cannot be revoked from here.
  await menu.getByRole('link', { name: 'Sessions', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  const current = page
    .getByRole('table', { name: 'Your sessions' })
    .getByRole('row')
    .filter({ hasText: 'This session' });
  await expect(current).toHaveCount(1);
  // Playwright's Chromium says "HeadlessChrome … Linux": named as a person would know it.
  await expect(current.getByRole('rowheader')).toContainText('Chrome on Linux');
  await expect(current).toContainText(tenant.name);
  await expect(current.getByRole('button', { name: /^Revoke/ })).toHaveCount(0);
  await checkA11y('sessions');

  // Audit log: this very sign-in is there; a filter by event type leaves only that type.
  await menu.getByRole('link', { name: 'Audit log', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  const events = page.getByRole('table', { name: 'Audit events' });
  const eventColumn = events.locator('tbody tr > td:nth-of-type(1)');
  const ownSecondFactor = events
    .getByRole('row')
    .filter({ hasText: /2FA activated|2FA code accepted/ })
    .filter({ hasText: admin.username });
  await expect(ownSecondFactor.first()).toBeVisible();
  await expect(
    events
      .getByRole('row')
      .filter({ hasText: 'Signed in' })
      .filter({ hasText: admin.username })
      .first(),
  ).toBeVisible();
  await checkA11y('audit log');

  await page.getByLabel('Event type').selectOption({ label: 'Signed in' });
  await expect(page).toHaveURL(/type=login\.succeeded/);
  await expect(ownSecondFactor).toHaveCount(0);
  await expect
    .poll(async () => [...new Set(await eventColumn.allInnerTexts())])
    .toEqual(['Signed in']);
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeVisible();
  await checkA11y('filtered audit log');
});

test('an administrator is offered no Deactivate or Delete on their own row', async ({
  page,
  admin,
  user,
}) => {
  await signIn(page, admin);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Users', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'User management' })).toBeVisible();

  await userRow(page, admin.username).getByRole('button', { name: 'User options' }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: 'Edit user' })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Deactivate user' })).toHaveCount(0);
  await expect(menu.getByRole('menuitem', { name: 'Delete user' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Another user's row still offers both.
  await userRow(page, user.username).getByRole('button', { name: 'User options' }).click();
  await expect(menu.getByRole('menuitem', { name: 'Deactivate user' })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Delete user' })).toBeVisible();
});
