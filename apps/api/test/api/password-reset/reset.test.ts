import { afterAll, describe, expect, it } from 'vitest';
import { auditTypes } from '../../helpers/audit.js';
import { makeTenant, makeUser } from '../../helpers/factories.js';
import { loginAs, postLogin } from '../../helpers/login.js';
import { flushMail, forgot, latestToken, TEST_PUBLIC_URL } from '../../helpers/password-reset.js';
import { receivedBy, startSmtpServer } from '../../helpers/smtp-server.js';
import { useTestApp } from '../../helpers/test-app.js';
import { codeFor, cookiesOf, post } from '../../helpers/two-factor.js';

const smtp = await startSmtpServer();
afterAll(() => smtp.close());

const NEW_PASSWORD = 'a brand new passphrase 2026';

describe('resetting a password with the mailed link', () => {
  const t = useTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: TEST_PUBLIC_URL } });

  async function withLink(overrides: Parameters<typeof makeUser>[1] = {}) {
    const email = `u-${Math.random().toString(36).slice(2)}@example.test`;
    const made = await makeUser(t.db, { email, ...overrides });
    const body = { tenantDomain: made.tenant.domain, username: made.user.username };
    await forgot(t.app, body);
    await flushMail(t.app);
    return { ...made, email, body, token: latestToken(smtp, email) };
  }

  const verify = (token: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/password/reset/verify', payload: { token } });
  const reset = (token: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/password/reset', payload: { token, password } });

  it('says whose password a link changes', async () => {
    const { token, user, tenant } = await withLink();
    const answer = await verify(token);
    expect(answer.statusCode).toBe(200);
    // The account has a password: the link changes it.
    expect(answer.json()).toEqual({
      tenantDomain: tenant.domain,
      username: user.username,
      newAccount: false,
    });
  });

  it('refuses a tampered, unknown, expired or used token with one clear 400', async () => {
    const { token, user } = await withLink();
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [tampered, 'not-a-token']) {
      const answer = await verify(bad);
      expect(answer.statusCode).toBe(400);
      expect(answer.json().error).toBe('invalid_token');
    }
    await t.db.prisma.passwordResetToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await reset(token, NEW_PASSWORD)).json().error).toBe('invalid_token');
  });

  it('refuses weak passwords with 422 and the reason, and keeps the link usable', async () => {
    const { token, user, tenant } = await withLink();
    const cases: [string, string][] = [
      ['short pass', 'too_short'],
      [`my name is ${user.username}!`, 'contains_username'],
      [`${tenant.domain} forever`, 'contains_tenant_domain'],
      ['password1234', 'common'],
      ['x'.repeat(129), 'too_long'],
    ];
    for (const [password, reason] of cases) {
      const answer = await reset(token, password);
      expect(answer.statusCode, password).toBe(422);
      expect(answer.json()).toMatchObject({ error: 'weak_password', reason });
      expect(answer.json().message).toBeTruthy();
    }
    expect((await verify(token)).statusCode).toBe(200);
  });

  it('changes the password once: old one fails, new one works, sessions end, a notice is mailed', async () => {
    const { token, user, tenant, email, password } = await withLink();
    const credentials = { tenantDomain: tenant.domain, username: user.username };
    const session = await loginAs(t.app, { ...credentials, password: password as string });

    const answer = await reset(token, NEW_PASSWORD);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({ status: 'password_changed', next: 'login' });
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: session } })).statusCode).toBe(
      401,
    );
    expect((await postLogin(t.app, { ...credentials, password })).statusCode).toBe(401);
    expect((await postLogin(t.app, { ...credentials, password: NEW_PASSWORD })).statusCode).toBe(
      200,
    );
    // The same link a second time is refused.
    expect((await reset(token, `${NEW_PASSWORD}!`)).json().error).toBe('invalid_token');

    await flushMail(t.app);
    const subjects = receivedBy(smtp, email).map((mail) => mail.subject);
    expect(subjects).toHaveLength(2);
    expect(await auditTypes(t.db, user.id)).toEqual(
      expect.arrayContaining(['password.reset_requested', 'password.changed']),
    );
  });

  it('ends a lockout: the mailbox owner is back in', async () => {
    const { token, user, tenant } = await withLink();
    const credentials = { tenantDomain: tenant.domain, username: user.username };
    for (let i = 0; i < 5; i++)
      await postLogin(t.app, { ...credentials, password: 'wrong wrong wrong' });
    expect(
      (await postLogin(t.app, { ...credentials, password: 'wrong wrong wrong' })).statusCode,
    ).toBe(429);
    await reset(token, NEW_PASSWORD);
    expect((await postLogin(t.app, { ...credentials, password: NEW_PASSWORD })).statusCode).toBe(
      200,
    );
  });

  it('continues into 2FA activation when the account must use it and has none (figures 1–3)', async () => {
    const tenant = await makeTenant(t.db);
    await t.db.prisma.tenant.update({
      where: { id: tenant.id },
      data: { twoFactorRequiredFor: 'all' },
    });
    const { token } = await withLink({ tenantId: tenant.id, roles: ['user'] });
    const answer = await reset(token, NEW_PASSWORD);
    expect(answer.json()).toEqual({ status: 'password_changed', next: 'totp_enrollment_required' });
    const pending = cookiesOf(answer);
    const enrollment = await post(t.app, '/api/auth/totp/enrollment', pending);
    expect(enrollment.statusCode).toBe(200);
    const confirm = await post(t.app, '/api/auth/totp/enrollment/confirm', pending, {
      code: codeFor(enrollment.json().secret),
    });
    expect(confirm.statusCode).toBe(200);
    expect(
      (await t.app.inject({ url: '/api/me', headers: { cookie: cookiesOf(confirm) } })).statusCode,
    ).toBe(200);
  });

  it('queues mails while the SMTP server is down and delivers them once when it returns', async () => {
    const email = `down-${Math.random().toString(36).slice(2)}@example.test`;
    const { tenant, user } = await makeUser(t.db, { email });
    await smtp.stop();
    try {
      await forgot(t.app, { tenantDomain: tenant.domain, username: user.username });
      const counts = await flushMail(t.app);
      expect(counts.sent).toBe(0);
    } finally {
      await smtp.start();
    }
    await t.db.prisma
      .$executeRaw`UPDATE outbox_mails SET next_attempt_at = now() WHERE status = 'pending'`;
    await flushMail(t.app);
    await flushMail(t.app);
    expect(receivedBy(smtp, email)).toHaveLength(1);
  });
});

describe('an administrator sends the reset mail (User options → Reset password)', () => {
  const t = useTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: TEST_PUBLIC_URL } });

  async function adminOf(tenantId: string) {
    const { user, tenant, password } = await makeUser(t.db, { tenantId, roles: ['admin'] });
    return loginAs(t.app, {
      tenantDomain: tenant.domain,
      username: user.username,
      password: password as string,
    });
  }

  it("mails the link to a user of the admin's tenant", async () => {
    const tenant = await makeTenant(t.db);
    const email = `portal-only-${Math.random().toString(36).slice(2)}@example.test`;
    const { user } = await makeUser(t.db, { tenantId: tenant.id, email, password: null });
    const admin = await adminOf(tenant.id);
    const answer = await post(t.app, `/api/users/${user.id}/password-reset`, admin);
    expect(answer.statusCode).toBe(202);
    await flushMail(t.app);
    expect(latestToken(smtp, email)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("answers 404 for another tenant's user, 409 for a reseller-portal account, 403 without permission", async () => {
    const tenant = await makeTenant(t.db);
    const admin = await adminOf(tenant.id);
    const stranger = await makeUser(t.db, { email: 'stranger@example.test' });
    expect(
      (await post(t.app, `/api/users/${stranger.user.id}/password-reset`, admin)).statusCode,
    ).toBe(404);

    const linked = await makeUser(t.db, { tenantId: tenant.id, email: 'linked@example.test' });
    await t.db.prisma.user.update({
      where: { id: linked.user.id },
      data: { externalIssuer: 'https://rsp.example', externalSubject: 'sub-2' },
    });
    const conflict = await post(t.app, `/api/users/${linked.user.id}/password-reset`, admin);
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error).toBe('managed_by_reseller_portal');

    const plain = await makeUser(t.db, { tenantId: tenant.id });
    const plainSession = await loginAs(t.app, {
      tenantDomain: tenant.domain,
      username: plain.user.username,
      password: plain.password as string,
    });
    expect(
      (await post(t.app, `/api/users/${linked.user.id}/password-reset`, plainSession)).statusCode,
    ).toBe(403);
  });
});
