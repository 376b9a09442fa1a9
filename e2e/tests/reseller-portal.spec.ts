import type { Page } from '@playwright/test';
import {
  ACME,
  RESELLER,
  RESELLER_ADMIN,
  RSP_NOMFA,
  RSP_PARTNER,
  RSP_STRANGER,
} from '../support/demo.js';
import { expect, fillLogin, test } from '../support/fixtures.js';
import {
  openUserManagement,
  RESELLER_PORTAL_HEADING,
  selectCustomer,
  signInThroughResellerPortal,
  userRow,
  userRowStartingWith,
} from '../support/flows.js';

const REFUSAL_HEADING = 'Sign-in through the reseller portal failed';
const MFA_REQUIRED =
  'Your account requires two-factor authentication. Activate it in the reseller portal and sign in again.';
const NOT_LINKED =
  'Your reseller-portal account is not linked to an account in this portal. Ask your administrator to link it.';
const WRONG_OR_PORTAL =
  'The tenant domain, username or password is incorrect, or this account signs in through the reseller portal.';

/** Where a refused portal sign-in ends: our page, its reason, and the ways on. */
async function expectRefusal(page: Page, message: string) {
  await expect(page).toHaveURL(/\/login\/reseller-portal\?reason=/);
  await expect(page.getByRole('heading', { level: 1, name: REFUSAL_HEADING })).toBeVisible();
  await expect(page.getByText(message)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Try again' })).toHaveAttribute(
    'href',
    '/api/auth/rsp/login?prompt=login',
  );
  await expect(page.getByRole('link', { name: 'Back to login' })).toBeVisible();
  // Refused means no session was opened.
  expect((await page.request.get('/api/me')).status()).toBe(401);
}

test.describe('signing in through the reseller portal', () => {
  test('a linked reseller administrator signs in there, sees the RSP labels, and signs out of both', async ({
    page,
    checkA11y,
  }) => {
    // Two sites' worth of pages, a customer and back, two sign-outs.
    test.setTimeout(90_000);

    await signInThroughResellerPortal(page, RSP_PARTNER, checkA11y);

    // Back with us, as the linked account (our display name, not the portal's), where a
    // reseller user lands; no 2FA step of ours.
    await expect(page.getByRole('heading', { level: 1, name: 'Select customer' })).toBeVisible();
    const header = page.getByRole('banner');
    await expect(header.getByText(RSP_PARTNER.displayName)).toBeVisible();
    await expect(header.getByText(`${RESELLER.name} (${RESELLER.domain})`)).toBeVisible();
    await checkA11y('select customer, signed in through the reseller portal');

    // Like any reseller user: act in a customer…
    await selectCustomer(page, ACME);
    await openUserManagement(page);
    await expect(userRow(page, 'alice')).toBeVisible();
    await checkA11y('user management of a customer, signed in through the reseller portal');

    // …and back to the reseller's own tenant, whose accounts these are.
    await header.getByRole('link', { name: 'Switch customer' }).click();
    await page.getByRole('button', { name: `Back to ${RESELLER.name}` }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `You are working in ${RESELLER.name} again.` }),
    ).toBeVisible();
    await expect(header.getByText(`Acting in ${ACME.name}`)).toBeHidden();
    await openUserManagement(page);

    const partner = userRowStartingWith(page, RSP_PARTNER.username);
    const noMfa = userRowStartingWith(page, RSP_NOMFA.username);
    for (const linked of [partner, noMfa]) {
      await expect(linked.getByRole('rowheader')).toContainText('RSP');
      await expect(linked.getByRole('rowheader')).toHaveAccessibleName(
        /RSP \(Linked to the reseller portal\)$/,
      );
    }
    await expect(partner).toContainText(RSP_PARTNER.displayName);
    await expect(noMfa).toContainText(RSP_NOMFA.displayName);
    // A password account has no label.
    await expect(userRow(page, RESELLER_ADMIN.username).getByRole('rowheader')).not.toContainText(
      'RSP',
    );
    await checkA11y('user management of the reseller, with linked accounts');

    // The password and 2FA of a linked account are the portal's: nothing of ours to reset.
    await partner.getByRole('button', { name: 'User options' }).click();
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: 'Unlink from reseller portal' })).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: 'Reset password' })).toHaveCount(0);
    await expect(menu.getByRole('menuitem', { name: 'Reset 2FA' })).toHaveCount(0);
    await expect(menu.getByRole('menuitem', { name: 'Link to reseller portal' })).toHaveCount(0);
    await checkA11y('user options of a linked account');
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();

    // Our session ends; the login page offers to end the portal's too.
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    const signedOut = page.getByRole('status').filter({ hasText: 'You are signed out.' });
    await expect(signedOut).toBeVisible();
    expect((await page.request.get('/api/me')).status()).toBe(401);
    await checkA11y('login page after a reseller-portal session');

    await signedOut.getByRole('link', { name: 'Also sign out of the reseller portal' }).click();
    await expect(page.getByRole('heading', { name: RESELLER_PORTAL_HEADING })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Stay signed in' })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();

    // Back on our login page, with nothing left to announce.
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
    await expect(page.getByText('You are signed out.')).toBeHidden();

    // The portal's session has ended too: the reseller-portal button asks to sign in again.
    await page.getByRole('link', { name: 'Login with reseller portal' }).click();
    await expect(page.getByRole('heading', { name: RESELLER_PORTAL_HEADING })).toBeVisible();
    await expect(page.getByLabel('Username')).toBeVisible();

    // The linked account has no password here: any password is refused, as for a wrong one.
    await page.goto('/login');
    await fillLogin(page, {
      tenantDomain: RSP_PARTNER.tenantDomain,
      username: RSP_PARTNER.username,
      password: 'Any-Passw0rd-at-all',
    });
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert')).toHaveText(WRONG_OR_PORTAL);
    expect((await page.request.get('/api/me')).status()).toBe(401);
    await checkA11y('login page refusing a linked account');
  });

  test('an administrator without MFA at the portal is refused with the 2FA message', async ({
    page,
    checkA11y,
  }) => {
    await signInThroughResellerPortal(page, RSP_NOMFA, checkA11y);

    await expectRefusal(page, MFA_REQUIRED);
    await checkA11y('reseller-portal refusal: MFA required');

    await page.getByRole('link', { name: 'Back to login' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  });

  test('a portal account linked to nobody here is refused', async ({ page, checkA11y }) => {
    await signInThroughResellerPortal(page, RSP_STRANGER, checkA11y);

    await expectRefusal(page, NOT_LINKED);
    await checkA11y('reseller-portal refusal: not linked');
  });
});
