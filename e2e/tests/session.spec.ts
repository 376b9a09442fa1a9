import { expect, fillLogin, test } from '../support/fixtures.js';

test('when the session ends on the server, the page returns to the login', async ({
  page,
  tenant,
  user,
}) => {
  await page.goto('/login');
  await fillLogin(page, user);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('banner').getByText(tenant.name)).toBeVisible();

  // Another tab signs out: the cookie this page holds no longer opens anything.
  expect((await page.request.post('/api/auth/logout')).status()).toBe(204);
  await page.reload();

  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('alert')).toContainText('Your session has ended');
});

test('a protected page without a session leads to the login', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
});
