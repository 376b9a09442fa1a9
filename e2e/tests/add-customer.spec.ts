import { expect, test } from '../support/fixtures.js';
import { activateFromSetupPage, logOut, signIn, signInWithPassword } from '../support/flows.js';
import { waitForNewResetLink } from '../support/mailbox.js';
import { randomId } from '../support/test-data.js';

// A reseller adds a customer from Select customer; its first administrator follows the mail,
// sets a password, activates 2FA and signs in. Deactivating the customer then signs nobody in.
test('a reseller adds a customer whose administrator sets a password, activates 2FA and signs in', async ({
  page,
  checkA11y,
  reseller,
}) => {
  const id = randomId();
  const name = `Hooli ${id}`;
  const username = 'gavin.admin';
  const email = `gavin.${id}@hooli.example`;
  const password = 'middle out compression 42';

  await signIn(page, reseller.admin);
  await page.getByRole('button', { name: 'Add customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add customer' });
  await checkA11y('add customer');
  await dialog.getByLabel('Customer name').fill(name);
  await dialog.getByLabel('Username').fill(username);
  await dialog.getByLabel('E-mail address').fill(email);
  await dialog.getByRole('button', { name: 'Add customer' }).click();

  const done = page.getByRole('status').filter({ hasText: `${name} was added as` });
  await expect(done).toBeVisible();
  const domain = /was added as (\S+)\. /.exec((await done.textContent()) ?? '')?.[1] as string;
  expect(domain).toMatch(new RegExp(`^hooli-${id}-\\d{6}\\.tenant$`));
  // Just added, so it counts as most recently used: first in the list.
  await expect(page.getByRole('rowheader').first()).toHaveText(name);
  await logOut(page);

  // The administrator's mail: set a password, then activate 2FA as administrators must.
  await page.goto(await waitForNewResetLink(email));
  // A new account's first password: set, not changed.
  await expect(page.getByRole('heading', { level: 1, name: 'Set your password' })).toBeVisible();
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('Confirm password').fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page).toHaveURL(/\/two-factor\/setup/);
  const { authenticator } = await activateFromSetupPage(page, checkA11y);
  await expect(page.getByRole('banner').getByText(name)).toBeVisible();
  await logOut(page);

  const admin = { tenantDomain: domain, username, password, displayName: '', email, authenticator };
  await signIn(page, admin);
  await expect(page.getByRole('banner').getByText(name)).toBeVisible();
  await logOut(page);

  // The reseller deactivates the customer: its administrator can no longer sign in.
  await signIn(page, reseller.admin);
  await page.getByRole('searchbox', { name: 'Search customers' }).fill(domain);
  await page.getByRole('button', { name: `Deactivate ${name}` }).click();
  await page
    .getByRole('dialog', { name: `Deactivate ${name}?` })
    .getByRole('button', { name: 'Deactivate customer' })
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: `${name} is deactivated.` }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: `Select ${name}` })).toBeDisabled();
  await logOut(page);

  await signInWithPassword(page, admin);
  await expect(page.getByRole('alert')).toContainText(
    'The tenant domain, username or password is incorrect',
  );
});
