import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import {
  E2E_DEMO_PASSWORD,
  RESELLER_ADMIN,
  RESELLER_PORTAL_OTP,
  RESELLER_PORTAL_PASSWORD,
} from './demo.js';
import { expect, fillLogin } from './fixtures.js';
import { authenticatorCode } from './totp.js';

/** Steps that several flows share, as a person takes them in the browser. */
export async function signInWithPassword(
  page: Page,
  account: { tenantDomain: string; username: string },
) {
  await page.goto('/login');
  await fillLogin(page, { ...account, password: E2E_DEMO_PASSWORD });
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Reads the secret off the activation page, as a person types it into an app, and activates. */
export async function activateFromSetupPage(
  page: Page,
  checkA11y: (label: string) => Promise<void>,
) {
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

  await page.getByLabel('Authentication code').fill(authenticatorCode(shownSecret));
  await page.getByRole('button', { name: 'Activate' }).click();
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
  return { secret: shownSecret, recoveryCodes };
}

export async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
}

// Accounts with 2FA across tests and spec files: activated once, they ask for a code ever after.

type Account = { tenantDomain: string; username: string };
type Customer = { domain: string; name: string };
type CheckA11y = (label: string) => Promise<void>;

/** What an authenticator app holds for an account: the secret, and the last time step used. */
interface Authenticator {
  secret: string;
  lastStep: number;
}

const TOTP_PERIOD_MS = 30_000;
const currentStep = () => Math.floor(Date.now() / TOTP_PERIOD_MS);
const skipA11y: CheckA11y = async () => {};

// In this run's fresh data dir, so that a secret outlives its test, spec file and worker.
const authenticatorsFile = () =>
  path.join(process.env.E2E_DATA_DIR as string, 'e2e-authenticators.json');
const accountKey = (account: Account) =>
  `${account.username}@${account.tenantDomain}`.toLowerCase();

async function readAuthenticators(): Promise<Record<string, Authenticator>> {
  const saved = await readFile(authenticatorsFile(), 'utf8').catch(() => '{}');
  return JSON.parse(saved) as Record<string, Authenticator>;
}

async function saveAuthenticator(account: Account, authenticator: Authenticator | null) {
  const others = Object.entries(await readAuthenticators()).filter(
    ([key]) => key !== accountKey(account),
  );
  const all = authenticator ? [...others, [accountKey(account), authenticator]] : others;
  await writeFile(authenticatorsFile(), JSON.stringify(Object.fromEntries(all)));
}

/**
 * A code the server has not seen yet: it accepts one step either side of now and refuses any
 * step not newer than the last one it accepted, so a third sign-in within 30 seconds waits.
 */
async function freshCode(authenticator: Authenticator) {
  const step = Math.max(authenticator.lastStep + 1, currentStep());
  const wait = (step - 1) * TOTP_PERIOD_MS - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 250));
  const code = TOTP.generate({
    secret: Secret.fromBase32(authenticator.secret.replace(/\s+/g, '')),
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_MS / 1000,
    timestamp: step * TOTP_PERIOD_MS,
  });
  return { code, step };
}

/**
 * Signs in with the demo password and takes the 2FA step the portal asks for, if any: the
 * activation (whose secret is kept for later sign-ins) or a fresh code. Answers false, still at
 * the code dialog, when the account's secret is unknown here (another spec file activated it).
 */
export async function signInTakingTwoFactorStep(
  page: Page,
  account: Account,
  checkA11y: CheckA11y = skipA11y,
): Promise<boolean> {
  await signInWithPassword(page, account);
  const setup = page.getByRole('heading', { name: 'Enable two-factor authentication' });
  const challenge = page.getByRole('dialog', { name: 'Two-factor authentication' });
  const portal = page.getByRole('navigation', { name: 'Main' });
  await expect(setup.or(challenge).or(portal)).toBeVisible();

  if (await setup.isVisible()) {
    const { secret } = await activateFromSetupPage(page, checkA11y);
    // Not earlier than the step of the code used to activate: that one is spent.
    await saveAuthenticator(account, { secret, lastStep: currentStep() });
  } else if (await challenge.isVisible()) {
    const authenticator = (await readAuthenticators())[accountKey(account)];
    if (!authenticator) return false;
    const { code, step } = await freshCode(authenticator);
    await challenge.getByLabel('Authentication code').fill(code);
    await challenge.getByRole('button', { name: 'Verify' }).click();
    await saveAuthenticator(account, { ...authenticator, lastStep: step });
  }
  await expect(portal).toBeVisible();
  return true;
}

/**
 * Signs in a user of one of the demo reseller's customers, whatever 2FA state other spec files
 * left: if a code is asked whose secret is unknown here, the reseller resets the user's 2FA (as
 * after a lost phone) and the user activates it anew.
 */
export async function signInToCustomer(
  page: Page,
  customer: Customer,
  account: Account,
  checkA11y: CheckA11y = skipA11y,
) {
  if (await signInTakingTwoFactorStep(page, account, checkA11y)) return;
  await page.context().clearCookies();
  await resetTwoFactorAsReseller(page, customer, account);
  await logOut(page);
  expect(
    await signInTakingTwoFactorStep(page, account, checkA11y),
    'signed in after the reset',
  ).toBe(true);
}

/**
 * The reseller's administrator signs in, acts in the customer and resets the user's 2FA (User
 * options → Reset 2FA) if it is on; the user must activate it again at the next sign-in. Used to
 * leave an account as the demo data has it, for the spec files that expect that.
 */
export async function resetTwoFactorAsReseller(
  page: Page,
  customer: Customer,
  account: Account,
  checkA11y: CheckA11y = skipA11y,
) {
  expect(
    await signInTakingTwoFactorStep(page, RESELLER_ADMIN, checkA11y),
    'the reseller administrator signs in (only these helpers activate its 2FA)',
  ).toBe(true);
  await selectCustomer(page, customer);
  await openUserManagement(page);
  await userRow(page, account.username).getByRole('button', { name: 'User options' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  const reset = page.getByRole('menuitem', { name: 'Reset 2FA' });
  if ((await reset.count()) === 0) {
    await page.keyboard.press('Escape');
  } else {
    await reset.click();
    const dialog = page.getByRole('dialog', { name: 'Reset two-factor authentication' });
    await dialog.getByRole('button', { name: 'Reset 2FA' }).click();
    await expect(
      page.getByRole('status').filter({
        hasText: `Two-factor authentication was reset for ${account.username}.`,
      }),
    ).toBeVisible();
  }
  await saveAuthenticator(account, null);
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
