import { describe, expect, it } from 'vitest';
import { auditTypes } from '../../helpers/audit.js';
import { makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs } from '../../helpers/login.js';
import { actIn, makeCustomers, signedInReseller } from '../../helpers/reseller.js';
import { ageProof, reauthenticate } from '../../helpers/step-up.js';
import { useTestApp } from '../../helpers/test-app.js';
import {
  activateAtSignIn,
  codeFor,
  cookiesOf,
  passwordStep,
  post,
} from '../../helpers/two-factor.js';

/**
 * A stolen session cookie must not become a permanent takeover: replacing the second factor,
 * changing the e-mail address or the password, turning 2FA off and new recovery codes all need
 * the owner's factors proven within the last few minutes.
 */
describe('step-up re-authentication', () => {
  const t = useTestApp({ env: { STEP_UP_MAX_AGE_SECONDS: '300' } });

  async function adminWithTotp() {
    const made = await makeUser(t.db, { roles: ['admin'], email: 'owner@example.test' });
    const credentials = credentialsOf(made);
    const activated = await activateAtSignIn(t.app, credentials);
    return { ...made, credentials, ...activated };
  }

  function patch(url: string, session: string, payload: object) {
    return t.app.inject({ method: 'PATCH', url, headers: { cookie: session }, payload });
  }

  it('refuses every sensitive change to a stale session (the stolen-cookie attack)', async () => {
    const owner = await adminWithTotp();
    await ageProof(t, owner.user.id);
    const attempts = [
      await post(t.app, '/api/auth/totp/enrollment', owner.session),
      await post(t.app, '/api/auth/totp/enrollment/confirm', owner.session, { code: '123456' }),
      await patch(`/api/users/${owner.user.id}`, owner.session, { email: 'thief@example.test' }),
      await t.app.inject({
        method: 'PUT',
        url: '/api/account/email',
        headers: { cookie: owner.session },
        payload: { email: 'thief@example.test' },
      }),
      await post(t.app, '/api/account/password', owner.session, {
        currentPassword: owner.credentials.password,
        newPassword: 'a thief would love this one',
      }),
      await post(t.app, '/api/account/recovery-codes', owner.session),
    ];
    for (const attempt of attempts) {
      expect(attempt.statusCode, attempt.body).toBe(403);
      expect(attempt.json().error).toBe('reauthentication_required');
    }
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { id: owner.user.id } });
    expect(user.email).toBe('owner@example.test');
    // The owner's authenticator is still the one in force.
    const again = await passwordStep(t.app, owner.credentials);
    expect(again.status).toBe('totp_required');
    const code = await post(t.app, '/api/auth/totp', again.cookie, {
      code: codeFor(owner.secret, 1),
    });
    expect(code.statusCode).toBe(200);
  });

  it('lets the owner through after the password and a current code', async () => {
    const owner = await adminWithTotp();
    await ageProof(t, owner.user.id);
    const proof = { password: owner.credentials.password, code: codeFor(owner.secret, 1) };
    expect((await reauthenticate(t.app, owner.session, proof)).statusCode).toBe(204);

    const changed = await patch(`/api/users/${owner.user.id}`, owner.session, {
      email: 'new@example.test',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(await auditTypes(t.db, owner.user.id)).toContain('account.reauthenticated');
  });

  it('takes a recovery code instead of the TOTP code, once', async () => {
    const owner = await adminWithTotp();
    await ageProof(t, owner.user.id);
    const withRecovery = { password: owner.credentials.password, code: owner.recoveryCodes[0] };
    expect((await reauthenticate(t.app, owner.session, withRecovery)).statusCode).toBe(204);
    await ageProof(t, owner.user.id);
    const twice = await reauthenticate(t.app, owner.session, withRecovery);
    expect(twice.json().error).toBe('invalid_code');
  });

  it('tells a code just used at sign-in apart from a wrong one (code_already_used)', async () => {
    const owner = await adminWithTotp();
    const code = codeFor(owner.secret, 1);
    const { cookie: pending } = await passwordStep(t.app, owner.credentials);
    const signIn = await post(t.app, '/api/auth/totp', pending, { code });
    expect(signIn.statusCode, signIn.body).toBe(200);
    const session = cookiesOf(signIn);

    const reused = await reauthenticate(t.app, session, {
      password: owner.credentials.password,
      code,
    });
    expect(reused.statusCode).toBe(401);
    expect(reused.json().error).toBe('code_already_used');
    const wrong = await reauthenticate(t.app, session, {
      password: owner.credentials.password,
      code: code === '000000' ? '111111' : '000000',
    });
    expect(wrong.json().error).toBe('invalid_code');
    expect(await auditTypes(t.db, owner.user.id)).toContain('account.reauthentication_failed');
  });

  it('answers code_already_used to a step-up code used by the previous step-up', async () => {
    const owner = await adminWithTotp();
    const proof = { password: owner.credentials.password, code: codeFor(owner.secret, 1) };
    expect((await reauthenticate(t.app, owner.session, proof)).statusCode).toBe(204);
    await ageProof(t, owner.user.id);
    const again = await reauthenticate(t.app, owner.session, proof);
    expect(again.statusCode).toBe(401);
    expect(again.json().error).toBe('code_already_used');
  });

  it('needs the code when the account has 2FA, and tells a wrong password from a wrong code', async () => {
    const owner = await adminWithTotp();
    const noCode = await reauthenticate(t.app, owner.session, {
      password: owner.credentials.password,
    });
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().error).toBe('invalid_code');
    const wrongPassword = await reauthenticate(t.app, owner.session, {
      password: 'not the password',
      code: codeFor(owner.secret, 1),
    });
    expect(wrongPassword.json().error).toBe('invalid_credentials');
  });

  it('takes the password alone from an account without 2FA', async () => {
    const made = await makeUser(t.db, { email: 'plain@example.test' });
    const session = await loginAs(t.app, credentialsOf(made));
    await ageProof(t, made.user.id);
    expect(
      (await reauthenticate(t.app, session, { password: made.password as string })).statusCode,
    ).toBe(204);
    const enrollment = await post(t.app, '/api/auth/totp/enrollment', session);
    expect(enrollment.statusCode).toBe(200);
  });

  it('counts wrong answers toward the account lockout, like sign-in', async () => {
    const made = await makeUser(t.db);
    const credentials = credentialsOf(made);
    const session = await loginAs(t.app, credentials);
    const answers = [];
    for (let i = 0; i < 6; i++) {
      answers.push((await reauthenticate(t.app, session, { password: `wrong ${i}` })).statusCode);
    }
    expect(answers).toEqual([401, 401, 401, 401, 429, 429]);
    // The account itself is locked: even the right password at sign-in waits.
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: credentials,
    });
    expect(signIn.statusCode).toBe(429);
    expect(await auditTypes(t.db, made.user.id)).toContain('account.reauthentication_failed');
  });

  it('lasts as long as configured', async () => {
    const made = await makeUser(t.db);
    const session = await loginAs(t.app, credentialsOf(made));
    await ageProof(t, made.user.id, 290);
    expect((await post(t.app, '/api/auth/totp/enrollment', session)).statusCode).toBe(200);
    await ageProof(t, made.user.id, 310);
    expect((await post(t.app, '/api/auth/totp/enrollment', session)).statusCode).toBe(403);
  });

  it('is neither renewed nor lost by acting in a customer', async () => {
    const { reseller, user, session } = await signedInReseller(t.app, t.db);
    const [customer] = await makeCustomers(t.db, reseller.id, ['Acme']);
    await ageProof(t, user.id, 310);
    const acting = await actIn(t.app, session, customer?.id as string);
    const stale = await post(t.app, '/api/account/recovery-codes', acting);
    expect(stale.json().error).toBe('reauthentication_required');

    const fresh = await signedInReseller(t.app, t.db);
    const [other] = await makeCustomers(t.db, fresh.reseller.id, ['Globex']);
    const actingFresh = await actIn(t.app, fresh.session, other?.id as string);
    expect((await post(t.app, '/api/account/recovery-codes', actingFresh)).statusCode).toBe(200);
  });
});
