import type { ParsedMail } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { makeReseller, makeTenant } from '../../helpers/factories.js';
import { flushMail, TEST_PUBLIC_URL, tokenFromMail } from '../../helpers/password-reset.js';
import { receivedBy, startSmtpServer } from '../../helpers/smtp-server.js';
import { useTestApp } from '../../helpers/test-app.js';
import { actInDirectly, signedIn } from './manage-helpers.js';

const smtp = await startSmtpServer();
afterAll(() => smtp.close());

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;

describe('the mail to a new account', () => {
  const t = useTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: TEST_PUBLIC_URL } });

  const verify = (token: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/password/reset/verify', payload: { token } });

  /** An administrator of a new tenant creates `username`; returns the mails they received. */
  async function createdAccount(username = 'newbie') {
    const tenant = await makeTenant(t.db, { name: `Acme ${Math.random().toString(36).slice(2)}` });
    const admin = await signedIn(t.app, t.db, { tenantId: tenant.id });
    const address = `new-${Math.random().toString(36).slice(2)}@example.test`;
    const answer = await admin.api.create({ username, email: address, role: 'user' });
    expect(answer.statusCode, answer.body).toBe(201);
    await flushMail(t.app);
    const mails = () => receivedBy(smtp, address);
    return { tenant, admin, id: answer.json().id as string, mails };
  }

  /** Lets time pass for the user's links the way the reset tests do: their expiry comes closer. */
  async function letTimePass(userId: string, ms: number) {
    const rows = await t.db.prisma.passwordResetToken.findMany({ where: { userId } });
    for (const row of rows) {
      await t.db.prisma.passwordResetToken.update({
        where: { id: row.id },
        data: { expiresAt: new Date(row.expiresAt.getTime() - ms) },
      });
    }
  }

  it('says an account was created, in which tenant and under which username, with a link', async () => {
    const { tenant, mails } = await createdAccount('Welcome.Me');
    expect(mails()).toHaveLength(1);
    const mail = mails()[0] as ParsedMail;
    expect(mail.subject).toBe('Your new Unified Security Portal account');
    expect(mail.text).toContain(
      `An account was created for you in the Unified Security Portal at ${tenant.name} (tenant domain ${tenant.domain}, username “Welcome.Me”).`,
    );
    expect(mail.text).toContain(`${TEST_PUBLIC_URL}/password/reset#token=`);
    expect(mail.text).toContain('Set your password');
    expect(mail.text).toContain('The link is valid for 7 days and works only once.');
    expect(mail.text).not.toMatch(/received a request|did not ask/);
    expect(mail.html).toContain(tenant.name);
  });

  it('keeps the link for 7 days instead of 30 minutes', async () => {
    const { id } = await createdAccount();
    const [row] = await t.db.prisma.passwordResetToken.findMany({ where: { userId: id } });
    const expiresIn = (row?.expiresAt.getTime() ?? 0) - Date.now();
    expect(expiresIn).toBeGreaterThan(7 * DAY_MS - 60_000);
    expect(expiresIn).toBeLessThanOrEqual(7 * DAY_MS);
  });

  it('has a link that still works after 1 hour but no longer after 8 days', async () => {
    const { id, mails } = await createdAccount();
    const token = tokenFromMail(mails()[0] as ParsedMail);

    await letTimePass(id, HOUR_MS);
    const afterAnHour = await verify(token);
    expect(afterAnHour.statusCode, afterAnHour.body).toBe(200);

    await letTimePass(id, 8 * DAY_MS - HOUR_MS);
    const afterEightDays = await verify(token);
    expect(afterEightDays.statusCode).toBe(400);
    expect(afterEightDays.json().error).toBe('invalid_token');
  });

  it('is replaced by an administrator’s later "Reset password": old link dead, new one works', async () => {
    const { admin, id, mails } = await createdAccount();
    const invitation = tokenFromMail(mails()[0] as ParsedMail);

    const reset = await admin.api.passwordReset(id);
    expect(reset.statusCode, reset.body).toBe(202);
    await flushMail(t.app);
    expect(mails().map((mail) => mail.subject)).toEqual([
      'Your new Unified Security Portal account',
      'Reset your password',
    ]);
    const resetLink = tokenFromMail(mails()[1] as ParsedMail);

    expect((await verify(invitation)).json().error).toBe('invalid_token');
    expect((await verify(resetLink)).statusCode).toBe(200);
    // The reset link has the ordinary lifetime: gone after an hour.
    await letTimePass(id, HOUR_MS);
    expect((await verify(resetLink)).json().error).toBe('invalid_token');
  });

  it('is used once: after setting the password the link is refused', async () => {
    const { id, mails } = await createdAccount();
    const token = tokenFromMail(mails()[0] as ParsedMail);
    const set = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password/reset',
        payload: { token, password },
      });
    expect((await set('my very own first passphrase')).statusCode).toBe(200);
    expect((await set('another passphrase entirely')).json().error).toBe('invalid_token');
    const row = await t.db.prisma.user.findUniqueOrThrow({ where: { id } });
    expect(row.passwordHash).not.toBeNull();
  });

  it("names the customer, not the reseller, when a reseller's admin creates the user", async () => {
    const reseller = await makeReseller(t.db, { name: 'Reseller Ltd' });
    const customer = await makeTenant(t.db, { parentId: reseller.id, name: 'Customer GmbH' });
    const resellerAdmin = await signedIn(t.app, t.db, { tenantId: reseller.id });
    await actInDirectly(t.db, resellerAdmin.user.id, customer.id);
    const address = `c-${Math.random().toString(36).slice(2)}@example.test`;
    const answer = await resellerAdmin.api.create({
      username: 'cust',
      email: address,
      role: 'user',
    });
    expect(answer.statusCode, answer.body).toBe(201);
    await flushMail(t.app);
    const [mail] = receivedBy(smtp, address);
    expect(mail?.text).toContain(
      `at Customer GmbH (tenant domain ${customer.domain}, username “cust”)`,
    );
    expect(mail?.text).not.toContain('Reseller Ltd');
  });
});
