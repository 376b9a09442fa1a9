import type { ParsedMail } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTenant, makeUser } from '../../helpers/factories.js';
import { credentialsOf, postLogin } from '../../helpers/login.js';
import { flushMail, forgot, TEST_PUBLIC_URL, tokenFromMail } from '../../helpers/password-reset.js';
import { receivedBy, startSmtpServer } from '../../helpers/smtp-server.js';
import { useTestApp } from '../../helpers/test-app.js';
import { passwordStep, post } from '../../helpers/two-factor.js';

const smtp = await startSmtpServer();
afterAll(() => smtp.close());

/**
 * A deactivated tenant is a closed door: nothing that started before the deactivation (a reset
 * link, a pending 2FA step) and nothing started after it gets anyone in. Its data stays.
 */
describe('a deactivated tenant', () => {
  const t = useTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: TEST_PUBLIC_URL } });
  const deactivate = (tenantId: string) =>
    t.db.prisma.tenant.update({ where: { id: tenantId }, data: { status: 'deactivated' } });

  async function userOfNewTenant(role: 'admin' | 'user' = 'user') {
    const tenant = await makeTenant(t.db);
    const email = `u-${Math.random().toString(36).slice(2)}@example.test`;
    const made = await makeUser(t.db, { tenantId: tenant.id, roles: [role], email });
    return { tenant, made, email, credentials: credentialsOf(made) };
  }

  it('answers a sign-in like an unknown tenant: the same 401, no hint', async () => {
    const { tenant, credentials } = await userOfNewTenant();
    await deactivate(tenant.id);
    const refused = await postLogin(t.app, credentials);
    const unknown = await postLogin(t.app, { ...credentials, tenantDomain: 'nobody.tenant' });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toEqual(unknown.json());
  });

  it('makes a reset link mailed before the deactivation invalid', async () => {
    const { tenant, made, email } = await userOfNewTenant();
    expect(
      (await forgot(t.app, { tenantDomain: tenant.domain, username: made.user.username }))
        .statusCode,
    ).toBe(202);
    await flushMail(t.app);
    const token = tokenFromMail(receivedBy(smtp, email).at(-1) as ParsedMail);
    await deactivate(tenant.id);
    const verify = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password/reset/verify',
      payload: { token },
    });
    expect(verify.statusCode).toBe(400);
    expect(verify.json().error).toBe('invalid_token');
  });

  it('sends no reset mail once deactivated', async () => {
    const { tenant, made, email } = await userOfNewTenant();
    await deactivate(tenant.id);
    await forgot(t.app, { tenantDomain: tenant.domain, username: made.user.username });
    await flushMail(t.app);
    expect(receivedBy(smtp, email)).toHaveLength(0);
  });

  it('ends a 2FA activation step that began before the deactivation', async () => {
    const { tenant, credentials } = await userOfNewTenant('admin');
    const { status, cookie } = await passwordStep(t.app, credentials);
    expect(status).toBe('totp_enrollment_required');
    await deactivate(tenant.id);
    const enrollment = await post(t.app, '/api/auth/totp/enrollment', cookie);
    expect(enrollment.statusCode).toBe(401);
    expect(enrollment.json().error).toBe('login_expired');
  });
});
