import { describe, expect, it } from 'vitest';
import { auditTypes } from '../../helpers/audit.js';
import { makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs } from '../../helpers/login.js';
import { ageProof } from '../../helpers/step-up.js';
import { useTestApp } from '../../helpers/test-app.js';
import { activateAtSignIn, passwordStep, post } from '../../helpers/two-factor.js';

describe('recovery codes under Account → Security', () => {
  const t = useTestApp();

  const remaining = async (session: string) =>
    (
      await t.app.inject({ url: '/api/account/recovery-codes', headers: { cookie: session } })
    ).json().remaining;

  async function adminWithTotp() {
    const made = await makeUser(t.db, { roles: ['admin'] });
    const credentials = credentialsOf(made);
    return { ...made, credentials, ...(await activateAtSignIn(t.app, credentials)) };
  }

  async function useRecoveryCode(
    credentials: { tenantDomain: string; username: string; password: string },
    code: string,
  ) {
    const { cookie } = await passwordStep(t.app, credentials);
    return post(t.app, '/api/auth/recovery-code', cookie, { code });
  }

  it('says how many are left', async () => {
    const owner = await adminWithTotp();
    expect(await remaining(owner.session)).toBe(10);
    expect(
      (await useRecoveryCode(owner.credentials, owner.recoveryCodes[0] as string)).statusCode,
    ).toBe(200);
    expect(await remaining(owner.session)).toBe(9);
  });

  it('replaces the whole set at once with a new one, shown once', async () => {
    const owner = await adminWithTotp();
    const answer = await post(t.app, '/api/account/recovery-codes', owner.session);
    expect(answer.statusCode).toBe(200);
    const fresh = answer.json().recoveryCodes as string[];
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(owner.recoveryCodes[1]);
    expect(await remaining(owner.session)).toBe(10);

    const old = await useRecoveryCode(owner.credentials, owner.recoveryCodes[1] as string);
    expect(old.json().error).toBe('invalid_code');
    expect((await useRecoveryCode(owner.credentials, fresh[0] as string)).statusCode).toBe(200);
    expect(await auditTypes(t.db, owner.user.id)).toContain('recovery_codes.regenerated');
  });

  it('needs a recent proof of the factors', async () => {
    const owner = await adminWithTotp();
    await ageProof(t, owner.user.id);
    const answer = await post(t.app, '/api/account/recovery-codes', owner.session);
    expect(answer.json().error).toBe('reauthentication_required');
    expect(await remaining(owner.session)).toBe(10);
  });

  it('has none to give without 2FA (409 two_factor_not_enabled)', async () => {
    const made = await makeUser(t.db);
    const session = await loginAs(t.app, credentialsOf(made));
    expect(await remaining(session)).toBe(0);
    const answer = await post(t.app, '/api/account/recovery-codes', session);
    expect(answer.statusCode).toBe(409);
    expect(answer.json().error).toBe('two_factor_not_enabled');
  });
});
