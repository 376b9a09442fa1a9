import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { Authenticator } from './authenticator.js';
import { RESELLER_PORTAL_OTP, RESELLER_PORTAL_PASSWORD } from './demo.js';
import { expect, fillLogin } from './fixtures.js';
import type { Account } from './test-data.js';

type Customer = { domain: string; name: string };
type CheckA11y = (label: string) => Promise<void>;
const skipA11y: CheckA11y = async () => {};

/** Steps that several flows share, as a person takes them in the browser. */
export async function signInWithPassword(page: Page, account: Account) {
  await page.goto('/login');
  await fillLogin(page, account);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Signs in, with a code from the account's authenticator if it has one, until the portal opens. */
export async function signIn(page: Page, account: Account) {
  await signInWithPassword(page, account);
  if (account.authenticator) {
    const challenge = page.getByRole('dialog', { name: 'Two-factor authentication' });
    await expect(challenge).toBeVisible();
    // The sixth digit signs in by itself: no "Verify".
    await challenge.getByLabel('Authentication code').fill(await account.authenticator.nextCode());
  }
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/**
 * Reads the secret off the activation page, as a person types it into an app, and activates;
 * answers the authenticator (with the activation's code used) and the recovery codes.
 */
export async function activateFromSetupPage(page: Page, checkA11y: CheckA11y) {
  await expect(
    page.getByRole('heading', { name: 'Enable two-factor authentication' }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code' })).toBeVisible();
  const secretText = page.getByRole('figure', { name: 'Secret key' }).locator('code');
  const shownSecret = ((await secretText.textContent()) ?? '').trim();
  expect(shownSecret).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  await checkA11y('two-factor activation');

  await page.getByRole('button', { name: 'How does this work?' }).click();
  await expect(page.getByRole('dialog')).toContainText('Google Authenticator');
  await checkA11y('how two-factor authentication works');
  await page.keyboard.press('Escape');

  const authenticator = new Authenticator(shownSecret);
  // The sixth digit activates by itself: no "Activate".
  await page.getByLabel('Authentication code').fill(await authenticator.nextCode());
  await expect(page.getByRole('heading', { name: 'Save your recovery codes' })).toBeVisible();
  await checkA11y('recovery codes');
  const recoveryCodes = await page
    .getByRole('list', { name: 'Recovery codes' })
    .locator('code')
    .allInnerTexts();
  expect(recoveryCodes).toHaveLength(10);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download' }).click(),
  ]);
  const saved = await readFile((await download.path()) as string, 'utf8');
  for (const code of recoveryCodes) expect(saved).toContain(code);

  await page.getByRole('button', { name: 'Continue to the portal' }).click();
  return { authenticator, recoveryCodes };
}

export async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
}

/** On "Select customer", where a reseller user lands: finds the customer by domain, acts in it. */
export async function selectCustomer(page: Page, customer: Customer) {
  await expect(page.getByRole('heading', { level: 1, name: 'Select customer' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search customers' }).fill(customer.domain);
  // As a person does: the list narrows to the one customer with that domain, then the choice.
  await expect(page.getByRole('button', { name: /^Select / })).toHaveCount(1);
  await page.getByRole('button', { name: `Select ${customer.name}`, exact: true }).click();
  await expect(page.getByRole('banner').getByText(`Acting in ${customer.name}`)).toBeVisible();
}

/** Menu → Users, until the acting tenant's list is shown. */
export async function openUserManagement(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Users', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'User management' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
}

/** The row of a user in the list, by the exact username (the row header). */
export function userRow(page: Page, username: string) {
  return page
    .getByRole('table', { name: 'Users' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: username, exact: true }) });
}

/** The development OpenID provider's own pages (tools/dev-idp), playing the reseller portal. */
export const RESELLER_PORTAL_HEADING = 'Reseller portal (development)';

/**
 * "Login with reseller portal" on the login page, then the portal's sign-in form, as a person
 * fills it in; a one-time code only for an account with MFA there. Ends wherever we send back.
 */
export async function signInThroughResellerPortal(
  page: Page,
  account: { portalUsername: string; mfa: boolean },
  checkA11y: CheckA11y = skipA11y,
) {
  await page.goto('/login');
  await checkA11y('login page with the reseller-portal link');
  await page.getByRole('link', { name: 'Login with reseller portal' }).click();
  await expect(page.getByRole('heading', { name: RESELLER_PORTAL_HEADING })).toBeVisible();
  await page.getByLabel('Username').fill(account.portalUsername);
  await page.getByLabel('Password').fill(RESELLER_PORTAL_PASSWORD);
  if (account.mfa) await page.getByLabel('One-time code').fill(RESELLER_PORTAL_OTP);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: RESELLER_PORTAL_HEADING })).toBeHidden();
}

/**
 * The row of a user whose row header carries more than the username, such as the `RSP` label of
 * an account linked to the reseller portal: the header starts with the username.
 */
export function userRowStartingWith(page: Page, username: string) {
  const escaped = username.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page
    .getByRole('table', { name: 'Users' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${escaped}(\\s|$)`) }) });
}
