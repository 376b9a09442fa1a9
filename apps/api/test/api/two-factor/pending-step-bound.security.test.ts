import { describe, expect, it } from 'vitest';
import { makeTenant, makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs } from '../../helpers/login.js';
import { useTestApp } from '../../helpers/test-app.js';
import { activateAtSignIn, codeFor, passwordStep, post } from '../../helpers/two-factor.js';

/**
 * A pending sign-in step is bound to the account's password and factors when it began: once
 * they change, every pending step of the user ends, with the answer of an expired step.
 */
describe('pending steps end when the account changes', () => {
  const t = useTestApp();

  async function adminWithoutTotp() {
    const tenant = await makeTenant(t.db);
    const made = await makeUser(t.db, { roles: ['admin'], tenantId: tenant.id });
    return { ...made, credentials: credentialsOf(made) };
  }

  it('the attack: an enrollment begun with the password alone cannot finish after the owner activated 2FA', async () => {
    const victim = await adminWithoutTotp();
    // The attacker knows the password and starts activating an authenticator of their own.
    const attacker = await passwordStep(t.app, victim.credentials);
    expect(attacker.status).toBe('totp_enrollment_required');
    const theirs = (await post(t.app, '/api/auth/totp/enrollment', attacker.cookie)).json();

    // Meanwhile the owner signs in and activates 2FA with their own app.
    const owner = await activateAtSignIn(t.app, victim.credentials);

    const finish = await post(t.app, '/api/auth/totp/enrollment/confirm', attacker.cookie, {
      code: codeFor(theirs.secret),
    });
    expect(finish.statusCode).toBe(401);
    expect(finish.json().error).toBe('login_expired');
    const restart = await post(t.app, '/api/auth/totp/enrollment', attacker.cookie);
    expect(restart.json().error).toBe('login_expired');

    // The owner's authenticator is the one in force.
    const next = await passwordStep(t.app, victim.credentials);
    expect(next.status).toBe('totp_required');
    const ok = await post(t.app, '/api/auth/totp', next.cookie, { code: codeFor(owner.secret, 1) });
    expect(ok.statusCode).toBe(200);
  });

  it('a code step ends when an administrator resets the 2FA', async () => {
    const tenant = await makeTenant(t.db);
    const admin = await makeUser(t.db, { roles: ['admin'], tenantId: tenant.id });
    const member = await makeUser(t.db, { roles: ['admin'], tenantId: tenant.id });
    const boss = await loginAs(t.app, credentialsOf(admin));
    const { secret } = await activateAtSignIn(t.app, credentialsOf(member));

    const pending = await passwordStep(t.app, credentialsOf(member));
    expect(pending.status).toBe('totp_required');
    expect(
      (await post(t.app, `/api/users/${member.user.id}/two-factor/reset`, boss)).statusCode,
    ).toBe(204);
    const late = await post(t.app, '/api/auth/totp', pending.cookie, { code: codeFor(secret, 1) });
    expect(late.json().error).toBe('login_expired');
  });

  it('a code step ends when the password changes', async () => {
    const member = await makeUser(t.db, { roles: ['admin'] });
    const { secret, session } = await activateAtSignIn(t.app, credentialsOf(member));
    const pending = await passwordStep(t.app, credentialsOf(member));

    const changed = await post(t.app, '/api/account/password', session, {
      currentPassword: member.password as string,
      newPassword: 'another long passphrase 2026',
    });
    expect(changed.statusCode).toBe(204);
    const late = await post(t.app, '/api/auth/totp', pending.cookie, { code: codeFor(secret, 1) });
    expect(late.json().error).toBe('login_expired');
  });

  it('a step whose account did not change goes on as before', async () => {
    const victim = await adminWithoutTotp();
    const pending = await passwordStep(t.app, victim.credentials);
    const { secret } = (await post(t.app, '/api/auth/totp/enrollment', pending.cookie)).json();
    const done = await post(t.app, '/api/auth/totp/enrollment/confirm', pending.cookie, {
      code: codeFor(secret),
    });
    expect(done.statusCode).toBe(200);
  });
});
