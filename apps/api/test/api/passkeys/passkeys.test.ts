import { describe, expect, it } from 'vitest';
import { auditEventsForUser } from '../../helpers/audit.js';
import { makeTenant, makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs } from '../../helpers/login.js';
import { SoftwareAuthenticator } from '../../helpers/passkey-authenticator.js';
import {
  passkeySecondFactor,
  passwordlessSignIn,
  registerPasskey,
} from '../../helpers/passkeys.js';
import { useTestApp } from '../../helpers/test-app.js';
import { cookiesOf, passwordStep, post } from '../../helpers/two-factor.js';

describe('passkeys (WebAuthn)', () => {
  const t = useTestApp();

  const me = (cookie: string) => t.app.inject({ url: '/api/me', headers: { cookie } });

  /** A user (no 2FA required) with one passkey, registered from Account → Security. */
  async function userWithPasskey(
    options: { tenantId?: string; roles?: ('admin' | 'user')[] } = {},
  ) {
    const made = await makeUser(t.db, options);
    const credentials = credentialsOf(made);
    const session = await loginAs(t.app, credentials);
    const { authenticator, passkey } = await registerPasskey(t.app, session);
    return { ...made, credentials, session, authenticator, passkey };
  }

  describe('registration and the owner’s list', () => {
    it('registers a passkey after the step-up of sign-in, lists, renames and audits it', async () => {
      const { user, session, passkey } = await userWithPasskey();
      const list = await t.app.inject({
        url: '/api/account/passkeys',
        headers: { cookie: session },
      });
      expect(list.statusCode).toBe(200);
      expect(list.json().passkeys).toEqual([
        expect.objectContaining({
          id: passkey.id,
          name: 'Test key',
          backedUp: true,
          lastUsedAt: null,
        }),
      ]);
      const renamed = await t.app.inject({
        method: 'PATCH',
        url: `/api/account/passkeys/${passkey.id}`,
        headers: { cookie: session },
        payload: { name: 'Phone' },
      });
      expect(renamed.statusCode).toBe(204);
      const row = await t.db.prisma.webauthnCredential.findUniqueOrThrow({
        where: { id: passkey.id },
      });
      expect(row.name).toBe('Phone');
      // 2FA by passkey alone: the step-up has no authenticator-app code to ask for.
      expect((await me(session)).json().twoFactor).toMatchObject({
        enabled: true,
        authenticatorApp: false,
      });
      const types = (await auditEventsForUser(t.db, user.id)).map((event) => event.type);
      expect(types).toEqual(expect.arrayContaining(['passkey.registered', 'passkey.renamed']));
    });

    it('refuses an answer to a used challenge, and a credential id registered already', async () => {
      const made = await makeUser(t.db);
      const session = await loginAs(t.app, credentialsOf(made));
      const authenticator = new SoftwareAuthenticator();
      const options = (
        await post(t.app, '/api/auth/passkeys/registration/options', session)
      ).json();
      const credential = authenticator.register(options.options);
      const first = await post(t.app, '/api/auth/passkeys/registration', session, {
        name: 'Key',
        credential,
      });
      expect(first.statusCode).toBe(200);
      const replay = await post(t.app, '/api/auth/passkeys/registration', session, {
        name: 'Key',
        credential,
      });
      expect(replay.statusCode).toBe(401);
      expect(replay.json().error).toBe('invalid_code');
    });

    it('refuses a registration for another origin or another RP id', async () => {
      const made = await makeUser(t.db);
      const session = await loginAs(t.app, credentialsOf(made));
      for (const tamper of [{ origin: 'https://evil.example' }, { rpId: 'evil.example' }]) {
        const options = (
          await post(t.app, '/api/auth/passkeys/registration/options', session)
        ).json();
        const credential = new SoftwareAuthenticator().register(options.options, tamper);
        const answer = await post(t.app, '/api/auth/passkeys/registration', session, {
          name: 'Key',
          credential,
        });
        expect(answer.statusCode).toBe(401);
      }
      expect(await t.db.prisma.webauthnCredential.count({ where: { userId: made.user.id } })).toBe(
        0,
      );
    });

    it('needs a session or a pending activation step', async () => {
      const answer = await post(t.app, '/api/auth/passkeys/registration/options', '');
      expect(answer.statusCode).toBe(401);
    });

    it('refuses to remove the last second factor of an account whose role requires 2FA (409)', async () => {
      const made = await makeUser(t.db, { roles: ['admin'] });
      const { status, cookie: pending } = await passwordStep(t.app, credentialsOf(made));
      expect(status).toBe('totp_enrollment_required');
      const { passkey, status: registered, cookie } = await registerPasskey(t.app, pending);
      expect(registered).toBe('authenticated');
      const removal = () =>
        t.app.inject({
          method: 'DELETE',
          url: `/api/account/passkeys/${passkey.id}`,
          headers: { cookie },
        });
      const refused = await removal();
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toBe('two_factor_required');

      // With a second passkey, the first may go.
      await registerPasskey(t.app, cookie, 'Spare');
      expect((await removal()).statusCode).toBe(204);
      expect((await auditEventsForUser(t.db, made.user.id)).map((e) => e.type)).toContain(
        'passkey.removed',
      );
    });

    it('removes a passkey of an account without a 2FA requirement; it no longer signs in', async () => {
      const { session, passkey, authenticator } = await userWithPasskey();
      const answer = await t.app.inject({
        method: 'DELETE',
        url: `/api/account/passkeys/${passkey.id}`,
        headers: { cookie: session },
      });
      expect(answer.statusCode).toBe(204);
      expect((await passwordlessSignIn(t.app, authenticator)).statusCode).toBe(401);
    });

    it('mails the owner, in their language, when a passkey is added and when it is removed', async () => {
      const email = `pk-${Math.random().toString(36).slice(2)}@example.test`;
      const made = await makeUser(t.db, { email, language: 'de' });
      const session = await loginAs(t.app, credentialsOf(made));
      const { passkey } = await registerPasskey(t.app, session, 'Büro-Laptop');
      const removal = await t.app.inject({
        method: 'DELETE',
        url: `/api/account/passkeys/${passkey.id}`,
        headers: { cookie: session },
      });
      expect(removal.statusCode).toBe(204);
      const mails = await t.db.prisma.outboxMail.findMany({
        where: { to: email },
        orderBy: { createdAt: 'asc' },
      });
      expect(mails.map((mail) => mail.subject)).toEqual([
        'Ihrem Konto wurde ein Passkey hinzugefügt',
        'Ein Passkey wurde aus Ihrem Konto entfernt',
      ]);
      expect(mails.every((mail) => mail.text.includes('„Büro-Laptop“'))).toBe(true);
    });

    it("an administrator's Reset 2FA removes passkeys too", async () => {
      const tenant = await makeTenant(t.db);
      const target = await userWithPasskey({ tenantId: tenant.id });
      const admin = await makeUser(t.db, { tenantId: tenant.id, roles: ['admin'] });
      const adminSession = await loginAs(t.app, credentialsOf(admin));
      const users = await t.app.inject({ url: '/api/users', headers: { cookie: adminSession } });
      const row = users.json().items.find((item: { id: string }) => item.id === target.user.id);
      expect(row).toMatchObject({ twoFactorEnabled: true, twoFactorMethods: ['passkey'] });
      const reset = await post(
        t.app,
        `/api/users/${target.user.id}/two-factor/reset`,
        adminSession,
      );
      expect(reset.statusCode).toBe(204);
      expect(
        await t.db.prisma.webauthnCredential.count({ where: { userId: target.user.id } }),
      ).toBe(0);
    });
  });

  describe('at the forced activation step of a sign-in', () => {
    it('a passkey instead of an authenticator app finishes the sign-in; the next asks for it', async () => {
      const made = await makeUser(t.db, { roles: ['admin'] });
      const credentials = credentialsOf(made);
      const { cookie: pending } = await passwordStep(t.app, credentials);
      const { status, cookie, authenticator } = await registerPasskey(t.app, pending);
      expect(status).toBe('authenticated');
      expect((await me(cookie)).statusCode).toBe(200);

      const again = await passwordStep(t.app, credentials);
      expect(again.status).toBe('totp_required');
      const offered = (
        await post(t.app, '/api/auth/passkeys/second-factor/options', again.cookie)
      ).json();
      expect(offered.totp).toBe(false);
      expect(offered.passkey.allowCredentials).toEqual([
        expect.objectContaining({ id: authenticator.credentialId }),
      ]);
      const answer = await passkeySecondFactor(t.app, again.cookie, authenticator);
      expect(answer.statusCode, answer.body).toBe(200);
      const session = cookiesOf(answer);
      expect(session).not.toBe(cookie);
      expect((await me(session)).json().user.id).toBe(made.user.id);
      const events = await auditEventsForUser(t.db, made.user.id);
      expect(events.find((e) => e.type === 'login.second_factor')?.details).toMatchObject({
        method: 'webauthn',
      });
    });
  });

  describe('as the second factor', () => {
    it("refuses another account's passkey (of another tenant) and counts it like a wrong code", async () => {
      const owner = await userWithPasskey();
      const other = await userWithPasskey();
      const { cookie: pending } = await passwordStep(t.app, owner.credentials);
      const answer = await passkeySecondFactor(t.app, pending, other.authenticator);
      expect(answer.statusCode).toBe(401);
      expect(answer.json().error).toBe('invalid_code');
      const challenge = await t.db.prisma.loginChallenge.findFirstOrThrow({
        where: { userId: owner.user.id },
        orderBy: { createdAt: 'desc' },
      });
      expect(challenge.failedAttempts).toBe(1);
      expect((await passkeySecondFactor(t.app, pending, owner.authenticator)).statusCode).toBe(200);
    });

    it('needs the pending step of a sign-in', async () => {
      const answer = await post(t.app, '/api/auth/passkeys/second-factor/options', '');
      expect(answer.statusCode).toBe(401);
      expect(answer.json().error).toBe('login_expired');
    });
  });

  describe('passwordless sign-in', () => {
    it("signs in the passkey's own user, in its own tenant, as both factors", async () => {
      const { user, tenant, authenticator } = await userWithPasskey({ roles: ['admin'] });
      const answer = await passwordlessSignIn(t.app, authenticator);
      expect(answer.statusCode, answer.body).toBe(200);
      const body = (await me(cookiesOf(answer))).json();
      expect(body.user.id).toBe(user.id);
      expect(body.tenant.id).toBe(tenant.id);
      const row = await t.db.prisma.webauthnCredential.findUniqueOrThrow({
        where: { credentialId: authenticator.credentialId },
      });
      expect(row.lastUsedAt).not.toBeNull();
      // An administrator with 2FA: the passkey (with user verification) was both factors.
      const logins = (await auditEventsForUser(t.db, user.id)).filter(
        (e) => e.type === 'login.succeeded',
      );
      expect(logins.at(-1)?.details).toMatchObject({ method: 'webauthn_passwordless' });
    });

    it('refuses a replayed answer: a challenge works once', async () => {
      const { authenticator } = await userWithPasskey();
      const options = (await post(t.app, '/api/auth/passkeys/sign-in/options', '')).json();
      const credential = authenticator.assert(options.options);
      const first = await post(t.app, '/api/auth/passkeys/sign-in', '', { credential });
      expect(first.statusCode).toBe(200);
      const replay = await post(t.app, '/api/auth/passkeys/sign-in', '', { credential });
      expect(replay.statusCode).toBe(401);
      expect(replay.json().error).toBe('invalid_credentials');
    });

    it('refuses an expired challenge', async () => {
      const { authenticator } = await userWithPasskey();
      const options = (await post(t.app, '/api/auth/passkeys/sign-in/options', '')).json();
      await t.db.prisma.webauthnChallenge.updateMany({
        where: { challenge: options.options.challenge },
        data: { expiresAt: new Date(Date.now() - 1000) },
      });
      const credential = authenticator.assert(options.options);
      expect((await post(t.app, '/api/auth/passkeys/sign-in', '', { credential })).statusCode).toBe(
        401,
      );
    });

    it('refuses a wrong origin, a wrong RP id and a missing user verification', async () => {
      const { authenticator } = await userWithPasskey();
      for (const tamper of [
        { origin: 'https://evil.example' },
        { rpId: 'evil.example' },
        { userVerified: false },
      ]) {
        const answer = await passwordlessSignIn(t.app, authenticator, tamper);
        expect(answer.statusCode, JSON.stringify(tamper)).toBe(401);
        expect(answer.json().error).toBe('invalid_credentials');
      }
      expect((await passwordlessSignIn(t.app, authenticator)).statusCode).toBe(200);
    });

    it('refuses a counter that goes backwards (a cloned authenticator), as the library advises', async () => {
      const { authenticator } = await userWithPasskey();
      expect((await passwordlessSignIn(t.app, authenticator, { counter: 10 })).statusCode).toBe(
        200,
      );
      expect((await passwordlessSignIn(t.app, authenticator, { counter: 5 })).statusCode).toBe(401);
      expect((await passwordlessSignIn(t.app, authenticator, { counter: 10 })).statusCode).toBe(
        401,
      );
      const row = await t.db.prisma.webauthnCredential.findUniqueOrThrow({
        where: { credentialId: authenticator.credentialId },
      });
      expect(row.counter).toBe(10n);
      expect((await passwordlessSignIn(t.app, authenticator, { counter: 11 })).statusCode).toBe(
        200,
      );
    });

    it('answers a deactivated user, a deactivated tenant and a linked account like an unknown passkey', async () => {
      const unknown = await passwordlessSignIn(t.app, new SoftwareAuthenticator());
      expect(unknown.statusCode).toBe(401);
      const refusal = unknown.json();

      const deactivated = await userWithPasskey();
      await t.db.prisma.user.update({
        where: { id: deactivated.user.id },
        data: { status: 'deactivated' },
      });
      const tenantGone = await userWithPasskey();
      await t.db.prisma.tenant.update({
        where: { id: tenantGone.tenant.id },
        data: { status: 'deactivated' },
      });
      const linked = await userWithPasskey();
      await t.db.prisma.user.update({
        where: { id: linked.user.id },
        data: { externalIssuer: 'https://rsp.example', externalSubject: `sub-${linked.user.id}` },
      });
      for (const { authenticator } of [deactivated, tenantGone, linked]) {
        const answer = await passwordlessSignIn(t.app, authenticator);
        expect(answer.statusCode).toBe(401);
        expect(answer.json()).toEqual(refusal);
      }
    });
  });

  describe('step-up with a passkey', () => {
    it('proves the factors again without password or code', async () => {
      const { session, user, authenticator } = await userWithPasskey();
      await t.db.prisma.session.updateMany({
        where: { userId: user.id },
        data: { factorsProvenAt: new Date(Date.now() - 60 * 60 * 1000) },
      });
      const options = (
        await post(t.app, '/api/account/reauthenticate/passkey/options', session)
      ).json();
      const credential = authenticator.assert(options.options);
      const answer = await post(t.app, '/api/account/reauthenticate/passkey', session, {
        credential,
      });
      expect(answer.statusCode, answer.body).toBe(204);
      const proven = await t.db.prisma.session.findFirstOrThrow({
        where: { userId: user.id, revokedAt: null },
      });
      expect(proven.factorsProvenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    });
  });
});
