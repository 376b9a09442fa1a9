import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReseller, makeTenant, makeUser } from '../../helpers/factories.js';
import { type FakeOidcIssuer, startFakeOidcIssuer } from '../../helpers/fake-oidc-issuer.js';
import { credentialsOf, loginAs, postLogin } from '../../helpers/login.js';
import { actIn } from '../../helpers/reseller.js';
import {
  createPortalApp,
  makeLinkedUser,
  portalSessionOf,
  signInAtPortal,
} from '../../helpers/reseller-portal.js';
import { useTestApp, useTestDatabase } from '../../helpers/test-app.js';
import { meStatus } from '../users/manage-helpers.js';

const STRONG_PASSWORD = 'a-new-password-for-the-unlinked-one';

function link(app: FastifyInstance, cookie: string, userId: string, payload: object) {
  return app.inject({
    method: 'PUT',
    url: `/api/users/${userId}/rsp-link`,
    headers: { cookie },
    payload,
  });
}

function unlink(app: FastifyInstance, cookie: string, userId: string) {
  return app.inject({
    method: 'DELETE',
    url: `/api/users/${userId}/rsp-link`,
    headers: { cookie },
  });
}

describe('linking accounts to the reseller portal', () => {
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

  /** An administrator of a new tenant, signed in. */
  async function administrator() {
    const made = await makeUser(t.db, { roles: ['admin'] });
    return { ...made, session: await loginAs(app, credentialsOf(made)) };
  }

  it('links a user: password, our 2FA, open reset links and sessions end; the portal signs them in', async () => {
    const admin = await administrator();
    // An administrator with 2FA activated (loginAs activates it), a session and a reset link.
    const target = await makeUser(t.db, {
      tenantId: admin.tenant.id,
      roles: ['admin'],
      email: 'target@example.test',
    });
    const targetSession = await loginAs(app, credentialsOf(target));
    const reset = await app.inject({
      method: 'POST',
      url: `/api/users/${target.user.id}/password-reset`,
      headers: { cookie: admin.session },
    });
    expect(reset.statusCode).toBe(202);
    expect(await t.db.prisma.totpCredential.count({ where: { userId: target.user.id } })).toBe(1);

    const response = await link(app, admin.session, target.user.id, { subject: 'rsp.target' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      id: target.user.id,
      linkedToResellerPortal: true,
      twoFactorEnabled: false,
    });

    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { id: target.user.id } });
    expect(user).toMatchObject({
      passwordHash: null,
      externalIssuer: issuer.issuer,
      externalSubject: 'rsp.target',
    });
    const where = { where: { userId: target.user.id } };
    expect(await t.db.prisma.totpCredential.count(where)).toBe(0);
    expect(await t.db.prisma.recoveryCode.count(where)).toBe(0);
    expect(
      await t.db.prisma.passwordResetToken.count({
        where: { userId: target.user.id, usedAt: null },
      }),
    ).toBe(0);
    expect(await meStatus(app, targetSession)).toBe(401);

    const event = await t.db.prisma.auditEvent.findFirstOrThrow({
      where: { type: 'user.rsp_linked', subjectUserId: target.user.id },
    });
    expect(event).toMatchObject({
      tenantId: admin.tenant.id,
      actorUserId: admin.user.id,
      actorTenantId: admin.tenant.id,
      details: { issuer: issuer.issuer, subject: 'rsp.target' },
    });

    const password = await postLogin(app, credentialsOf(target));
    expect(password.statusCode).toBe(401);
    const portal = await signInAtPortal(app, issuer, {
      sub: 'rsp.target',
      claims: { amr: ['pwd', 'mfa'] },
    });
    expect(portalSessionOf(portal.response)).not.toBeNull();
  });

  it('refuses a subject that is linked to another account, in any tenant (409)', async () => {
    const admin = await administrator();
    const elsewhere = await makeLinkedUser(t.db, issuer.issuer, { subject: 'rsp.taken' });
    expect(elsewhere.tenant.id).not.toBe(admin.tenant.id);
    const target = await makeUser(t.db, { tenantId: admin.tenant.id });

    const response = await link(app, admin.session, target.user.id, { subject: 'rsp.taken' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: 'subject_taken', field: 'subject' });
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { id: target.user.id } });
    expect(user.externalSubject).toBeNull();
    expect(user.passwordHash).not.toBeNull();
  });

  it("answers 404 for another tenant's user and leaves them as they were", async () => {
    const admin = await administrator();
    const other = await makeUser(t.db, { email: 'other@example.test' });
    const linkedElsewhere = await makeLinkedUser(t.db, issuer.issuer, {
      email: 'other-linked@example.test',
    });

    const linking = await link(app, admin.session, other.user.id, { subject: 'rsp.hijack' });
    expect(linking.statusCode).toBe(404);
    expect(linking.json().error).toBe('not_found');
    const unlinking = await unlink(app, admin.session, linkedElsewhere.user.id);
    expect(unlinking.statusCode).toBe(404);

    const untouched = await t.db.prisma.user.findUniqueOrThrow({ where: { id: other.user.id } });
    expect(untouched).toMatchObject({ externalSubject: null });
    expect(untouched.passwordHash).not.toBeNull();
    const stillLinked = await t.db.prisma.user.findUniqueOrThrow({
      where: { id: linkedElsewhere.user.id },
    });
    expect(stillLinked.externalSubject).toBe(linkedElsewhere.subject);
    expect(await t.db.prisma.outboxMail.count({ where: { to: 'other-linked@example.test' } })).toBe(
      0,
    );
  });

  it('lets a reseller administrator acting in a customer link its users', async () => {
    const reseller = await makeReseller(t.db);
    const customer = await makeTenant(t.db, { parentId: reseller.id });
    const resellerAdmin = await makeUser(t.db, { tenantId: reseller.id, roles: ['admin'] });
    const acting = await actIn(app, await loginAs(app, credentialsOf(resellerAdmin)), customer.id);
    const target = await makeUser(t.db, { tenantId: customer.id });
    const response = await link(app, acting, target.user.id, { subject: 'rsp.customer-user' });
    expect(response.statusCode, response.body).toBe(200);
    const event = await t.db.prisma.auditEvent.findFirstOrThrow({
      where: { type: 'user.rsp_linked', subjectUserId: target.user.id },
    });
    expect(event).toMatchObject({ tenantId: customer.id, actorTenantId: reseller.id });
  });

  it("refuses to link the administrator's own account (a typo would lock them out)", async () => {
    const admin = await administrator();
    const response = await link(app, admin.session, admin.user.id, { subject: 'rsp.me' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: 'own_account' });
    expect(await meStatus(app, admin.session)).toBe(200);
  });

  it('needs users.manage, and a subject', async () => {
    const admin = await administrator();
    const plain = await makeUser(t.db, { tenantId: admin.tenant.id });
    const plainSession = await loginAs(app, credentialsOf(plain));
    const target = await makeUser(t.db, { tenantId: admin.tenant.id });
    expect((await link(app, plainSession, target.user.id, { subject: 'x' })).statusCode).toBe(403);
    expect((await unlink(app, plainSession, target.user.id)).statusCode).toBe(403);
    for (const body of [{}, { subject: '' }, { subject: 'x'.repeat(256) }, { subject: 7 }]) {
      expect((await link(app, admin.session, target.user.id, body)).statusCode).toBe(400);
    }
    const noSession = await app.inject({
      method: 'PUT',
      url: `/api/users/${target.user.id}/rsp-link`,
      payload: { subject: 'x' },
    });
    expect(noSession.statusCode).toBe(401);
  });

  it('unlinks: sessions end, a mail sets the password, then the password works and the portal does not', async () => {
    const admin = await administrator();
    const linked = await makeLinkedUser(t.db, issuer.issuer, {
      tenantId: admin.tenant.id,
      email: 'unlinked@example.test',
    });
    const portal = await signInAtPortal(app, issuer, { sub: linked.subject });
    const portalSession = portalSessionOf(portal.response) as string;
    expect(await meStatus(app, portalSession)).toBe(200);

    const response = await unlink(app, admin.session, linked.user.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id: linked.user.id, linkedToResellerPortal: false });
    expect(await meStatus(app, portalSession)).toBe(401);
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { id: linked.user.id } });
    expect(user).toMatchObject({ externalIssuer: null, externalSubject: null, passwordHash: null });

    const event = await t.db.prisma.auditEvent.findFirstOrThrow({
      where: { type: 'user.rsp_unlinked', subjectUserId: linked.user.id },
    });
    expect(event).toMatchObject({ tenantId: admin.tenant.id, actorUserId: admin.user.id });

    const mail = await t.db.prisma.outboxMail.findFirstOrThrow({
      where: { to: 'unlinked@example.test' },
    });
    // Says why a password is needed now, not "ignore this if it was not you" (they must act).
    expect(mail.text).toContain('is no longer linked to the reseller portal');
    expect(mail.text).not.toContain('ignore this e-mail');
    const token = /\/password\/reset#token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    expect(token).toBeDefined();
    const set = await app.inject({
      method: 'POST',
      url: '/api/auth/password/reset',
      payload: { token, password: STRONG_PASSWORD },
    });
    expect(set.statusCode, set.body).toBe(200);
    const login = await postLogin(app, {
      tenantDomain: linked.tenant.domain,
      username: linked.user.username,
      password: STRONG_PASSWORD,
    });
    expect(login.statusCode).toBe(200);

    const again = await signInAtPortal(app, issuer, { sub: linked.subject });
    expect(portalSessionOf(again.response)).toBeNull();
  });

  it('refuses to unlink an account that is not linked, or that has no e-mail address (409)', async () => {
    const admin = await administrator();
    const password = await makeUser(t.db, { tenantId: admin.tenant.id, email: 'p@example.test' });
    const notLinked = await unlink(app, admin.session, password.user.id);
    expect(notLinked.statusCode).toBe(409);
    expect(notLinked.json()).toMatchObject({ error: 'not_linked' });

    const noEmail = await makeLinkedUser(t.db, issuer.issuer, { tenantId: admin.tenant.id });
    const response = await unlink(app, admin.session, noEmail.user.id);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: 'no_email' });
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { id: noEmail.user.id } });
    expect(user.externalSubject).toBe(noEmail.subject);
  });

  it('shows linked accounts with the RSP flag in the user list', async () => {
    const admin = await administrator();
    const linked = await makeLinkedUser(t.db, issuer.issuer, { tenantId: admin.tenant.id });
    const list = await app.inject({ url: '/api/users', headers: { cookie: admin.session } });
    const items = list.json().items as Array<{ id: string; linkedToResellerPortal: boolean }>;
    expect(items.find((item) => item.id === linked.user.id)?.linkedToResellerPortal).toBe(true);
    expect(items.find((item) => item.id === admin.user.id)?.linkedToResellerPortal).toBe(false);
  });
});

describe('unlinking with the feature switched off', () => {
  const t = useTestApp();

  it('still works, so accounts can get a password back', async () => {
    const admin = await makeUser(t.db, { roles: ['admin'] });
    const session = await loginAs(t.app, credentialsOf(admin));
    const linked = await makeLinkedUser(t.db, 'https://retired-portal.example', {
      tenantId: admin.tenant.id,
      email: 'back@example.test',
    });
    const response = await unlink(t.app, session, linked.user.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().linkedToResellerPortal).toBe(false);
    expect(await t.db.prisma.outboxMail.count({ where: { to: 'back@example.test' } })).toBe(1);
  });
});
