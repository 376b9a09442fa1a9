import { expect, fillLogin, test } from '../support/fixtures.js';

test.describe('signing in with tenant domain, username and password', () => {
  test('a user signs in to the portal shell and logs out', async ({
    page,
    checkA11y,
    tenant,
    user,
  }) => {
    await page.goto('/login');
    await expect(page.getByRole('link', { name: 'Login with reseller portal' })).toHaveAttribute(
      'href',
      '/api/auth/rsp/login',
    );
    await checkA11y('login page');

    await fillLogin(page, user);
    await page.getByRole('button', { name: 'Log in' }).click();

    const header = page.getByRole('banner');
    await expect(header.getByText(tenant.name)).toBeVisible();
    await expect(header.getByText(user.displayName)).toBeVisible();
    await checkA11y('portal shell');

    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
    // The session is gone on the server too, not only in the page.
    expect((await page.request.get('/api/me')).status()).toBe(401);
  });

  test('a wrong password shows a clear message and keeps the user on the form', async ({
    page,
    user,
  }) => {
    await page.goto('/login');
    await fillLogin(page, { ...user, password: 'not the password' });
    await page.getByRole('button', { name: 'Log in' }).click();
    // With the reseller portal configured, the message also names that way of signing in.
    await expect(page.getByRole('alert')).toContainText(
      'The tenant domain, username or password is incorrect, or this account signs in through the reseller portal.',
    );
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
    await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  });

  test('the tenant link pre-fills the tenant domain', async ({ page, checkA11y, tenant }) => {
    await page.goto(`/tenant/${tenant.domain}/login`);
    await expect(page.getByLabel('Tenant domain')).toHaveValue(tenant.domain);
    await expect(page.getByLabel('Username')).toBeFocused();
    await checkA11y('tenant login page');
  });

  test('repeated failures lock the account and say how long to wait', async ({
    page,
    checkA11y,
    tenant,
    user,
  }) => {
    await page.goto(`/tenant/${tenant.domain}/login`);
    // An account that does not exist is locked in the same way; that is what keeps lockout quiet.
    for (let attempt = 1; attempt <= 5; attempt++) {
      await fillLogin(page, { username: 'lockout-probe', password: `wrong password ${attempt}` });
      await page.getByRole('button', { name: 'Log in' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
    }
    await expect(page.getByRole('alert')).toContainText('Too many failed sign-in attempts');
    await expect(page.getByRole('alert')).toContainText(/\d+ (second|minute)/);
    await expect(page.getByRole('button', { name: 'Log in' })).toBeDisabled();
    await checkA11y('locked account');

    // The lockout is that account's: another one may sign in at once, the locked one still waits.
    await page.getByLabel('Username').fill(user.username);
    await page.getByLabel('Password', { exact: true }).fill(user.password);
    await expect(page.getByRole('alert')).toBeHidden();
    await page.getByLabel('Username').fill('Lockout-Probe ');
    await expect(page.getByRole('button', { name: 'Log in' })).toBeDisabled();
    await page.getByLabel('Username').fill(user.username);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });

  test('keyboard alone is enough to sign in', async ({ page, tenant, user }) => {
    await page.goto(`/tenant/${tenant.domain}/login`);
    await expect(page.getByLabel('Username')).toBeFocused();
    await page.keyboard.type(user.username);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
    await page.keyboard.type(user.password);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('banner').getByText(tenant.name)).toBeVisible();
  });

  test('"Password forgotten?" opens an accessible dialog that Escape closes', async ({
    page,
    checkA11y,
  }) => {
    await page.goto('/login');
    const link = page.getByRole('button', { name: 'Password forgotten?' });
    await link.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await checkA11y('password forgotten dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(link).toBeFocused();
  });
});
