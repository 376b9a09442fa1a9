import { expect, test } from '../support/fixtures.js';
import { logOut, signIn, signInWithPassword } from '../support/flows.js';
import { makeProofsStale } from '../support/test-data.js';

const NEW_PASSWORD = 'a fresh passphrase for the portal';

test('a user changes the password after confirming it is them, and signs in with it', async ({
  page,
  request,
  checkA11y,
  userWithTotp,
}) => {
  await signIn(page, userWithTotp);
  await page.getByRole('link', { name: 'Account' }).click();
  // Minutes of other work later: the session's proof is old.
  await makeProofsStale(request, userWithTotp);

  const section = page.getByRole('region', { name: 'Password' });
  await section.getByLabel('Current password').fill(userWithTotp.password);
  await section.getByLabel('New password').fill(NEW_PASSWORD);
  await section.getByLabel('Confirm password').fill(NEW_PASSWORD);
  await section.getByRole('button', { name: 'Change password' }).click();

  const dialog = page.getByRole('dialog', { name: 'Confirm it’s you' });
  await expect(dialog).toBeVisible();
  await checkA11y('step-up dialog');
  await dialog.getByLabel('Password').fill(userWithTotp.password);
  // With the password there, the sixth digit confirms by itself.
  await dialog.getByLabel('Authentication code').fill(await userWithTotp.authenticator.nextCode());

  await expect(
    section.getByText('Your password was changed. Your other sessions have ended.'),
  ).toBeVisible();
  await expect(dialog).toBeHidden();

  await logOut(page);
  await signIn(page, { ...userWithTotp, password: NEW_PASSWORD });
  await expect(page.getByRole('banner').getByText(userWithTotp.displayName)).toBeVisible();
});

test('a user makes new recovery codes; the old ones stop working', async ({
  page,
  request,
  checkA11y,
  userWithTotp,
}) => {
  await signIn(page, userWithTotp);
  await page.getByRole('link', { name: 'Account' }).click();
  const section = page.getByRole('region', { name: 'Recovery codes' });
  await expect(section).toContainText('10 recovery codes are left.');
  await makeProofsStale(request, userWithTotp);

  await section.getByRole('button', { name: 'New recovery codes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Confirm it’s you' });
  await dialog.getByLabel('Password').fill(userWithTotp.password);
  // A recovery code proves the second factor too (and is used up).
  await dialog.getByLabel('Authentication code').fill(userWithTotp.recoveryCodes[0] as string);
  await dialog.getByRole('button', { name: 'Confirm' }).click();

  const list = section.getByRole('list', { name: 'Recovery codes' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  await checkA11y('new recovery codes');
  const fresh = await list.locator('code').allInnerTexts();
  await section.getByRole('button', { name: 'Done' }).click();
  await expect(section).toContainText('10 recovery codes are left.');

  await logOut(page);
  await signInWithPassword(page, userWithTotp);
  const challenge = page.getByRole('dialog', { name: 'Two-factor authentication' });
  await challenge.getByRole('button', { name: 'Use a recovery code' }).click();
  await challenge.getByLabel('Recovery code').fill(userWithTotp.recoveryCodes[1] as string);
  await challenge.getByRole('button', { name: 'Verify' }).click();
  await expect(challenge.getByRole('alert')).toBeVisible();
  await challenge.getByLabel('Recovery code').fill(fresh[0] as string);
  await challenge.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('banner').getByText(userWithTotp.displayName)).toBeVisible();
});
