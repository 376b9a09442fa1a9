import { expect, fillLogin, test } from '../support/fixtures.js';
import { logOut, signIn } from '../support/flows.js';

test('signed in, the login page leads on to the portal', async ({ page, user }) => {
  await signIn(page, user);

  await page.goto('/login');

  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === '/');
});

test('a deep link with a query opens exactly there after signing in', async ({ page, admin }) => {
  const deepLink = '/audit?from=2026-01-01&to=2030-12-31';
  await page.goto(deepLink);
  await expect(page).toHaveURL(/\/login/);

  await fillLogin(page, admin);
  await page.getByRole('button', { name: 'Log in' }).click();
  const challenge = page.getByRole('dialog', { name: 'Two-factor authentication' });
  const authenticator = admin.authenticator;
  if (!authenticator) throw new Error('the admin fixture has 2FA on');
  await challenge.getByLabel('Authentication code').fill(await authenticator.nextCode());

  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === deepLink);
});

test('logging out says so on the login page', async ({ page, user }) => {
  await signIn(page, user);

  await logOut(page);

  await expect(
    page.getByRole('status').filter({ hasText: 'You have been signed out.' }),
  ).toBeVisible();
});

test('a session revoked from another one says that it was ended', async ({
  browser,
  page,
  user,
}) => {
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  try {
    await signIn(otherPage, user);
    await signIn(page, user);

    await page.goto('/account/sessions');
    await page.getByRole('button', { name: 'Sign out all other sessions' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Yes, sign out' }).click();
    await expect(page.getByText('1 other session was signed out.')).toBeVisible();

    await otherPage.goto('/account/security');
    await expect(otherPage).toHaveURL(/\/login/);
    // Said politely (role=status): nothing went wrong in this browser.
    await expect(otherPage.getByRole('status')).toContainText(
      'Your session was ended. Please sign in again.',
    );
  } finally {
    await other.close();
  }
});
