import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVALID_CREDENTIALS_OR_PORTAL_MESSAGE } from '../../../src/lib/app-error.js';
import { DEFAULT_TEST_PASSWORD, makeUser } from '../../helpers/factories.js';
import { type FakeOidcIssuer, startFakeOidcIssuer } from '../../helpers/fake-oidc-issuer.js';
import { postLogin } from '../../helpers/login.js';
import { createPortalApp, makeLinkedUser } from '../../helpers/reseller-portal.js';
import { testHasher, useTestDatabase } from '../../helpers/test-app.js';

/** A linked account has no password here: its 401 is the one of an account that does not exist. */
describe('password sign-in of an account linked to the reseller portal', () => {
  const t = useTestDatabase();
  let issuer: FakeOidcIssuer;
  let app: FastifyInstance;

  beforeAll(async () => {
    issuer = await startFakeOidcIssuer();
    app = await createPortalApp(t.db, issuer);
  });
  afterAll(async () => {
    await app?.close();
    await issuer?.close();
  });

  const expected = {
    error: 'invalid_credentials',
    message: INVALID_CREDENTIALS_OR_PORTAL_MESSAGE,
  };

  it('is refused exactly like an unknown account, and like a wrong password', async () => {
    const linked = await makeLinkedUser(t.db, issuer.issuer);
    const tenantDomain = linked.tenant.domain;
    const password = await makeUser(t.db, { tenantId: linked.tenant.id });

    const asLinked = await postLogin(app, {
      tenantDomain,
      username: linked.user.username,
      password: DEFAULT_TEST_PASSWORD,
    });
    const asUnknown = await postLogin(app, {
      tenantDomain,
      username: 'nobody-of-that-name',
      password: DEFAULT_TEST_PASSWORD,
    });
    const asWrong = await postLogin(app, {
      tenantDomain,
      username: password.user.username,
      password: 'not-the-password',
    });
    for (const response of [asLinked, asUnknown, asWrong]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual(expected);
      expect(response.cookies).toEqual([]);
    }
    expect(INVALID_CREDENTIALS_OR_PORTAL_MESSAGE).toBe(
      'The tenant domain, username or password is incorrect, or this account signs in through the reseller portal.',
    );
  });

  it('is refused even if a password hash was left on the linked account', async () => {
    const linked = await makeLinkedUser(t.db, issuer.issuer);
    const hasher = await testHasher();
    await t.db.prisma.user.update({
      where: { id: linked.user.id },
      data: { passwordHash: await hasher.hash(DEFAULT_TEST_PASSWORD) },
    });
    const response = await postLogin(app, {
      tenantDomain: linked.tenant.domain,
      username: linked.user.username,
      password: DEFAULT_TEST_PASSWORD,
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual(expected);
    const failed = await t.db.prisma.auditEvent.findFirst({
      where: { type: 'login.failed', subjectUserId: linked.user.id },
    });
    expect(failed).not.toBeNull();
  });

  it('still signs in password accounts', async () => {
    const made = await makeUser(t.db);
    const response = await postLogin(app, {
      tenantDomain: made.tenant.domain,
      username: made.user.username,
      password: DEFAULT_TEST_PASSWORD,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'authenticated' });
  });

  it('sends no reset mail to a linked account that asks for one', async () => {
    const linked = await makeLinkedUser(t.db, issuer.issuer, { email: 'linked@example.test' });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/password/forgot',
      payload: { tenantDomain: linked.tenant.domain, username: linked.user.username },
    });
    expect(response.statusCode).toBe(202);
    await app.background.idle();
    expect(await t.db.prisma.outboxMail.count({ where: { to: 'linked@example.test' } })).toBe(0);
    expect(await t.db.prisma.passwordResetToken.count({ where: { userId: linked.user.id } })).toBe(
      0,
    );
  });
});
