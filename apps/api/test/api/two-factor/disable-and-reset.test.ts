import { describe, expect, it } from 'vitest';
import { auditEventsForUser } from '../../helpers/audit.js';
import { makeTenant, makeUser } from '../../helpers/factories.js';
import { loginAs } from '../../helpers/login.js';
import { ageProof, reauthenticate } from '../../helpers/step-up.js';
import { useTestApp } from '../../helpers/test-app.js';
import { activateAtSignIn, codeFor, passwordStep, post } from '../../helpers/two-factor.js';

describe('turning 2FA off, and an administrator resetting it', () => {
  const t = useTestApp();

  async function userWithTotp(roles: ('admin' | 'user')[], tenantId?: string) {
    const made = await makeUser(t.db, { roles, ...(tenantId ? { tenantId } : {}) });
    const credentials = {
      tenantDomain: made.tenant.domain,
      username: made.user.username,
      password: made.password as string,
    };
    if (roles.includes('admin'))
      return { ...made, credentials, ...(await activateAtSignIn(t.app, credentials)) };
    const session = await loginAs(t.app, credentials);
    const { secret } = (await post(t.app, '/api/auth/totp/enrollment', session)).json();
    await post(t.app, '/api/auth/totp/enrollment/confirm', session, { code: codeFor(secret) });
    return { ...made, credentials, secret, session };
  }

  describe('POST /api/account/two-factor/disable', () => {
    it('turns 2FA off in a session that proved its factors recently; sign-in asks no code', async () => {
      const { credentials, session, user } = await userWithTotp(['user']);
      const ok = await post(t.app, '/api/account/two-factor/disable', session);
      expect(ok.statusCode).toBe(204);
      expect((await passwordStep(t.app, credentials)).status).toBe('authenticated');
      expect((await auditEventsForUser(t.db, user.id)).map((e) => e.type)).toContain(
        'totp.disabled',
      );
    });

    it('needs a fresh proof in an older session: password and a current code', async () => {
      const { credentials, secret, session, user } = await userWithTotp(['user']);
      await ageProof(t, user.id);
      const stale = await post(t.app, '/api/account/two-factor/disable', session);
      expect(stale.statusCode).toBe(403);
      expect(stale.json().error).toBe('reauthentication_required');

      const proof = { password: credentials.password, code: codeFor(secret, 1) };
      expect((await reauthenticate(t.app, session, proof)).statusCode).toBe(204);
      expect((await post(t.app, '/api/account/two-factor/disable', session)).statusCode).toBe(204);
    });

    it('is refused while the policy requires 2FA for the user', async () => {
      const { session } = await userWithTotp(['admin']);
      const answer = await post(t.app, '/api/account/two-factor/disable', session);
      expect(answer.statusCode).toBe(409);
      expect(answer.json().error).toBe('two_factor_required');
    });

    it('needs a session', async () => {
      const answer = await post(t.app, '/api/account/two-factor/disable', '');
      expect(answer.statusCode).toBe(401);
    });
  });

  describe('POST /api/users/:userId/two-factor/reset', () => {
    it("lets the tenant's administrator reset a user's 2FA: activation again at next sign-in", async () => {
      const tenant = await makeTenant(t.db);
      const target = await userWithTotp(['admin'], tenant.id);
      const boss = await userWithTotp(['admin'], tenant.id);
      const answer = await post(
        t.app,
        `/api/users/${target.user.id}/two-factor/reset`,
        boss.session,
      );
      expect(answer.statusCode).toBe(204);
      // Sessions held on the old factor end with it.
      expect(
        (await t.app.inject({ url: '/api/me', headers: { cookie: target.session } })).statusCode,
      ).toBe(401);
      expect((await passwordStep(t.app, target.credentials)).status).toBe(
        'totp_enrollment_required',
      );
      const reset = (await auditEventsForUser(t.db, target.user.id)).find(
        (e) => e.type === 'totp.reset',
      );
      expect(reset).toMatchObject({
        actorUserId: boss.user.id,
        subjectUserId: target.user.id,
        tenantId: tenant.id,
      });
    });

    it("answers 404 for another tenant's user, as for one that does not exist", async () => {
      const victim = await userWithTotp(['user']);
      const outsider = await userWithTotp(['admin']);
      const foreign = await post(
        t.app,
        `/api/users/${victim.user.id}/two-factor/reset`,
        outsider.session,
      );
      const missing = await post(
        t.app,
        '/api/users/00000000-0000-4000-8000-000000000000/two-factor/reset',
        outsider.session,
      );
      expect(foreign.statusCode).toBe(404);
      expect(missing.statusCode).toBe(404);
      expect(foreign.json()).toEqual(missing.json());
      expect((await passwordStep(t.app, victim.credentials)).status).toBe('totp_required');
    });

    it('answers 403 to a user without the users.manage permission, and 400 to a bad id', async () => {
      const tenant = await makeTenant(t.db);
      const target = await userWithTotp(['user'], tenant.id);
      const peer = await userWithTotp(['user'], tenant.id);
      expect(
        (await post(t.app, `/api/users/${target.user.id}/two-factor/reset`, peer.session))
          .statusCode,
      ).toBe(403);
      const bad = await post(t.app, '/api/users/not-a-uuid/two-factor/reset', peer.session);
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ error: 'validation_error', field: 'userId' });
    });
  });
});
