import { describe, expect, it } from 'vitest';
import { auditTypes } from '../../helpers/audit.js';
import { makeTenant, makeUser } from '../../helpers/factories.js';
import { loginAs } from '../../helpers/login.js';
import { useTestApp } from '../../helpers/test-app.js';
import {
  activateAtSignIn,
  codeFor,
  cookiesOf,
  passwordStep,
  post,
} from '../../helpers/two-factor.js';

describe('activating two-factor authentication', () => {
  const t = useTestApp();

  async function admin(tenantOverrides: Parameters<typeof makeTenant>[1] = {}) {
    const tenant = await makeTenant(t.db, tenantOverrides);
    const { user, password } = await makeUser(t.db, {
      tenantId: tenant.id,
      roles: ['admin'],
    });
    return {
      user,
      tenant,
      credentials: {
        tenantDomain: tenant.domain,
        username: user.username,
        password: password as string,
      },
    };
  }

  it('blocks an administrator without 2FA until activation, then opens the session', async () => {
    const { user, credentials } = await admin();
    const { status, cookie: pending } = await passwordStep(t.app, credentials);
    expect(status).toBe('totp_enrollment_required');
    // The pending cookie opens nothing but the next step.
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: pending } })).statusCode).toBe(
      401,
    );

    const enrollment = await post(t.app, '/api/auth/totp/enrollment', pending);
    expect(enrollment.statusCode).toBe(200);
    const body = enrollment.json();
    expect(body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(body.issuer).toBe(`Unified Security Portal (${credentials.tenantDomain})`);
    expect(body.accountName).toBe(user.username);
    expect(body.otpauthUri).toContain(`secret=${body.secret}`);

    const confirm = await post(t.app, '/api/auth/totp/enrollment/confirm', pending, {
      code: codeFor(body.secret),
    });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json().status).toBe('authenticated');
    expect(confirm.json().recoveryCodes).toHaveLength(10);
    const me = await t.app.inject({ url: '/api/me', headers: { cookie: cookiesOf(confirm) } });
    expect(me.statusCode).toBe(200);
    expect(me.json().twoFactor).toEqual({
      enabled: true,
      authenticatorApp: true,
      required: true,
      graceUntil: null,
    });
    expect(me.json().user.twoFactorEnabled).toBe(true);
    expect(await auditTypes(t.db, user.id)).toEqual(
      expect.arrayContaining(['totp.enrollment_started', 'totp.activated', 'login.succeeded']),
    );
  });

  it('answers the same secret to a reload while the step lasts, so the scanned app still works', async () => {
    const { credentials } = await admin();
    const { cookie: pending } = await passwordStep(t.app, credentials);
    const first = (await post(t.app, '/api/auth/totp/enrollment', pending)).json();
    const reload = (await post(t.app, '/api/auth/totp/enrollment', pending)).json();
    expect(reload.secret).toBe(first.secret);
    expect(reload.enrollmentId).toBe(first.enrollmentId);

    const confirm = await post(t.app, '/api/auth/totp/enrollment/confirm', pending, {
      code: codeFor(first.secret),
    });
    expect(confirm.statusCode).toBe(200);
  });

  it('refuses a wrong first code, and ends the pending step after five', async () => {
    const { credentials } = await admin();
    const { cookie: pending } = await passwordStep(t.app, credentials);
    const { secret } = (await post(t.app, '/api/auth/totp/enrollment', pending)).json();
    const wrong = codeFor(secret) === '000000' ? '111111' : '000000';
    for (let attempt = 1; attempt <= 4; attempt++) {
      const answer = await post(t.app, '/api/auth/totp/enrollment/confirm', pending, {
        code: wrong,
      });
      expect(answer.statusCode).toBe(401);
      expect(answer.json().error).toBe('invalid_code');
    }
    const fifth = await post(t.app, '/api/auth/totp/enrollment/confirm', pending, { code: wrong });
    expect(fifth.json().error).toBe('login_expired');
    const late = await post(t.app, '/api/auth/totp/enrollment/confirm', pending, {
      code: codeFor(secret),
    });
    expect(late.statusCode).toBe(401);
    expect(late.json().error).toBe('login_expired');
  });

  it('lets an administrator in with a banner before the grace deadline, and not after it', async () => {
    const future = new Date(Date.now() + 7 * 86_400_000);
    const inGrace = await admin();
    await t.db.prisma.tenant.update({
      where: { id: inGrace.tenant.id },
      data: { twoFactorGraceUntil: future },
    });
    const { status, cookie } = await passwordStep(t.app, inGrace.credentials);
    expect(status).toBe('authenticated');
    const me = (await t.app.inject({ url: '/api/me', headers: { cookie } })).json();
    expect(me.twoFactor).toEqual({
      enabled: false,
      authenticatorApp: false,
      required: true,
      graceUntil: future.toISOString(),
    });

    const late = await admin();
    await t.db.prisma.tenant.update({
      where: { id: late.tenant.id },
      data: { twoFactorGraceUntil: new Date(Date.now() - 1000) },
    });
    expect((await passwordStep(t.app, late.credentials)).status).toBe('totp_enrollment_required');
  });

  it('requires 2FA of every user when the tenant says so, and of no plain user otherwise', async () => {
    const strict = await makeTenant(t.db);
    await t.db.prisma.tenant.update({
      where: { id: strict.id },
      data: { twoFactorRequiredFor: 'all' },
    });
    const member = await makeUser(t.db, { tenantId: strict.id, roles: ['user'] });
    const plain = await makeUser(t.db, { roles: ['user'] });
    const login = (u: typeof member) =>
      passwordStep(t.app, {
        tenantDomain: u.tenant.domain,
        username: u.user.username,
        password: u.password as string,
      });
    expect((await login(member)).status).toBe('totp_enrollment_required');
    expect((await login(plain)).status).toBe('authenticated');
  });

  it('lets a signed-in user activate voluntarily; from then on sign-in asks for the code', async () => {
    const { user, tenant, password } = await makeUser(t.db, { roles: ['user'] });
    const credentials = {
      tenantDomain: tenant.domain,
      username: user.username,
      password: password as string,
    };
    const session = await loginAs(t.app, credentials);
    const { secret } = (await post(t.app, '/api/auth/totp/enrollment', session)).json();
    const confirm = await post(t.app, '/api/auth/totp/enrollment/confirm', session, {
      code: codeFor(secret),
    });
    expect(confirm.statusCode).toBe(200);
    expect((await passwordStep(t.app, credentials)).status).toBe('totp_required');
  });

  it('keeps the old secret in force during re-activation until the new one is confirmed', async () => {
    const { credentials } = await admin();
    const first = await activateAtSignIn(t.app, credentials);
    const second = (await post(t.app, '/api/auth/totp/enrollment', first.session)).json();
    expect(second.secret).not.toBe(first.secret);

    // Not yet confirmed: the old secret still signs in.
    let step = await passwordStep(t.app, credentials);
    expect(
      (await post(t.app, '/api/auth/totp', step.cookie, { code: codeFor(first.secret, 1) }))
        .statusCode,
    ).toBe(200);

    const confirm = await post(t.app, '/api/auth/totp/enrollment/confirm', first.session, {
      code: codeFor(second.secret),
    });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json().recoveryCodes).not.toEqual(first.recoveryCodes);

    step = await passwordStep(t.app, credentials);
    const oldCode = await post(t.app, '/api/auth/totp', step.cookie, {
      code: codeFor(first.secret, -1),
    });
    expect(oldCode.json().error).toBe('invalid_code');
    expect(
      (await post(t.app, '/api/auth/totp', step.cookie, { code: codeFor(second.secret, 1) }))
        .statusCode,
    ).toBe(200);
    // The old recovery codes went with the old secret.
    step = await passwordStep(t.app, credentials);
    const oldRecovery = await post(t.app, '/api/auth/recovery-code', step.cookie, {
      code: first.recoveryCodes[0],
    });
    expect(oldRecovery.json().error).toBe('invalid_code');
  });

  it('never lets a pending code step start an activation (the password alone must not replace 2FA)', async () => {
    const { user, credentials } = await admin();
    await activateAtSignIn(t.app, credentials);
    const { status, cookie: pending } = await passwordStep(t.app, credentials);
    expect(status).toBe('totp_required');
    const attempt = await post(t.app, '/api/auth/totp/enrollment', pending);
    expect(attempt.statusCode).toBe(401);
    const unconfirmed = await t.db.prisma.totpCredential.count({
      where: { userId: user.id, confirmedAt: null },
    });
    expect(unconfirmed).toBe(0);
  });

  it('answers 401 to activation without a session or pending step', async () => {
    const answer = await post(t.app, '/api/auth/totp/enrollment', '');
    expect(answer.statusCode).toBe(401);
    expect(answer.json().error).toBe('unauthenticated');
    const confirm = await post(t.app, '/api/auth/totp/enrollment/confirm', '', { code: '123456' });
    expect(confirm.statusCode).toBe(401);
  });

  it('validates the code field', async () => {
    for (const code of ['12345', '1234567', 'abcdef', 123456]) {
      const answer = await post(t.app, '/api/auth/totp/enrollment/confirm', '', { code });
      expect(answer.statusCode).toBe(400);
      expect(answer.json()).toMatchObject({ error: 'validation_error', field: 'code' });
    }
  });
});
