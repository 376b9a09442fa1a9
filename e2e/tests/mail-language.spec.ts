import { expect, test } from '../support/fixtures.js';
import { waitForMail } from '../support/mailbox.js';

const NEW_PASSWORD = 'violett hafen laterne 47';

test('a German user gets the reset mail in German and follows it to the end', async ({
  page,
  tenant,
  createAccount,
}) => {
  const user = await createAccount({ role: 'user', language: 'de' });

  await page.goto(`/tenant/${user.tenantDomain}/login`);
  await page.getByLabel('Language').selectOption('de');
  await page.getByLabel('Benutzername').fill(user.username);
  await page.getByRole('button', { name: 'Passwort vergessen?' }).click();
  const dialog = page.getByRole('dialog', { name: 'Passwort zurücksetzen' });
  await dialog.getByRole('button', { name: 'Link zum Zurücksetzen senden' }).click();
  await expect(dialog).toContainText('Falls ein Konto mit diesen Angaben existiert');
  await dialog.getByRole('button', { name: 'Schließen' }).click();

  const resetMail = await waitForMail(user.email, 'Passwort zurücksetzen');
  expect(resetMail.text).toContain(
    `wir haben eine Anfrage erhalten, das Passwort Ihres Kontos „${user.username}“`,
  );
  expect(resetMail.text).toContain('Der Link ist 30 Minuten gültig');
  expect(resetMail.html).toContain('<html lang="de">');
  expect(resetMail.html).toContain('Neues Passwort festlegen</a>');
  const link = /https?:\/\/\S+\/password\/reset#token=[A-Za-z0-9_-]+/.exec(resetMail.text)?.[0];
  expect(link, 'the reset link in the mail').toBeDefined();

  await page.goto(link as string);
  await expect(page.getByRole('heading', { name: 'Passwort ändern' })).toBeVisible();
  await page.getByLabel('Neues Passwort', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Passwort bestätigen').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(page.getByText('Ihr Passwort wurde geändert')).toBeVisible();

  await page.goto(`/tenant/${user.tenantDomain}/login`);
  await page.getByLabel('Benutzername').fill(user.username);
  await page.getByLabel('Passwort', { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('banner').getByText(tenant.name)).toBeVisible();

  // The notice of the reset, in German too: what, when, from where, and what to do.
  const notice = await waitForMail(user.email, 'Ihr Passwort wurde zurückgesetzt');
  expect(notice.text).toContain(`das Passwort Ihres Kontos „${user.username}“`);
  expect(notice.text).toMatch(/Zeitpunkt: .+ UTC/);
  expect(notice.text).toMatch(/IP-Adresse: \S+/);
  expect(notice.text).toContain('Browser: ');
  expect(notice.text).toContain('Falls Sie das nicht waren');
});
