import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReseller, makeTenant } from '../../helpers/factories.js';
import { type FakeOidcIssuer, startFakeOidcIssuer } from '../../helpers/fake-oidc-issuer.js';
import {
  AUTH_OPTIONS,
  beginPortalLogin,
  createPortalApp,
  makeLinkedUser,
  portalSessionOf,
  RSP_LOGIN,
  RSP_LOGOUT,
  refusalEvents,
  refusalOf,
  signInAtPortal,
} from '../../helpers/reseller-portal.js';
import { useTestDatabase } from '../../helpers/test-app.js';

const MFA_ACR = 'urn:rsp:loa:mfa';

describe('reseller-portal sign-in', () => {
  const t = useTestDatabase();
  let issuer: FakeOidcIssuer;
  let app: FastifyInstance;

  beforeAll(async () => {
    issuer = await startFakeOidcIssuer({ endSession: true });
    app = await createPortalApp(t.db, issuer, { env: { RSP_MFA_ACR_VALUES: `${MFA_ACR},other` } });
  });
  afterAll(async () => {
    await app?.close();
    await issuer?.close();
  });

  const me = (cookie: string) => app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });

  it('offers the button', async () => {
    const response = await app.inject({ method: 'GET', url: AUTH_OPTIONS });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ resellerPortal: { enabled: true } });
  });

  it('sends the browser to the portal with PKCE S256, state, nonce and the fixed redirect URI', async () => {
    const response = await app.inject({
      method: 'GET',
      url: RSP_LOGIN,
      headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' },
    });
    expect(response.statusCode).toBe(302);
    expect(response.headers['cache-control']).toBe('no-store');
    const location = new URL(String(response.headers.location));
    expect(`${location.origin}${location.pathname}`).toBe(`${issuer.issuer}/authorize`);
    const query = Object.fromEntries(location.searchParams);
    expect(query).toMatchObject({
      response_type: 'code',
      client_id: issuer.clientId,
      redirect_uri: 'http://localhost:3000/api/auth/rsp/callback',
      scope: 'openid profile email',
      code_challenge_method: 'S256',
    });
    expect(query.state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(query.nonce).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(query.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(query).not.toHaveProperty('client_secret');

    const cookie = response.cookies.find((c) => c.name === 'portal_rsp_state');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/rsp' });
    expect(cookie?.maxAge).toBe(600);
  });

  it('asks the portal to authenticate again only for "Try again" (prompt=login)', async () => {
    const promptOf = async (url: string) => {
      const response = await app.inject({ method: 'GET', url });
      return new URL(String(response.headers.location)).searchParams.get('prompt');
    };
    expect(await promptOf(RSP_LOGIN)).toBeNull();
    expect(await promptOf(`${RSP_LOGIN}?prompt=login`)).toBe('login');
    const other = await app.inject({ method: 'GET', url: `${RSP_LOGIN}?prompt=none` });
    expect(other.statusCode).toBe(400);
  });

  it('uses a new state, nonce and verifier for every sign-in', async () => {
    const first = new URL((await beginPortalLogin(app)).authorizationUrl).searchParams;
    const second = new URL((await beginPortalLogin(app)).authorizationUrl).searchParams;
    for (const name of ['state', 'nonce', 'code_challenge']) {
      expect(first.get(name)).not.toBe(second.get(name));
    }
  });

  it('signs in the linked account: a reseller_portal session, /api/me works, audited', async () => {
    const reseller = await makeReseller(t.db);
    const linked = await makeLinkedUser(t.db, issuer.issuer, {
      tenantId: reseller.id,
      roles: ['admin'],
    });
    const { response } = await signInAtPortal(app, issuer, {
      sub: linked.subject,
      claims: { amr: ['pwd', 'otp'] },
    });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('http://localhost:3000/');
    expect(refusalOf(response)).toBeNull();
    const stateCleared = response.cookies.find((c) => c.name === 'portal_rsp_state');
    expect(stateCleared?.value).toBe('');

    const session = portalSessionOf(response);
    expect(session).not.toBeNull();
    const answer = await me(session as string);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({
      user: { id: linked.user.id, roles: ['admin'] },
      tenant: { id: reseller.id, kind: 'reseller' },
      session: { authMethod: 'reseller_portal' },
    });

    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { id: linked.user.id } });
    expect(user.lastLoginAt).not.toBeNull();
    const event = await t.db.prisma.auditEvent.findFirstOrThrow({
      where: { type: 'login.succeeded', actorUserId: linked.user.id },
    });
    expect(event).toMatchObject({ tenantId: reseller.id, details: { method: 'reseller_portal' } });
  });

  it('signs in a plain user without MFA at the portal (2FA not required for them)', async () => {
    const linked = await makeLinkedUser(t.db, issuer.issuer, { roles: ['user'] });
    const { response } = await signInAtPortal(app, issuer, {
      sub: linked.subject,
      claims: { amr: ['pwd'] },
    });
    expect(refusalOf(response)).toBeNull();
    expect(portalSessionOf(response)).not.toBeNull();
  });

  it('refuses a subject linked to nobody (not_linked), creating no account', async () => {
    const users = await t.db.prisma.user.count();
    const { response } = await signInAtPortal(app, issuer, { sub: 'stranger-at-the-portal' });
    expect(refusalOf(response)).toBe('not_linked');
    expect(response.headers.location).toBe(
      'http://localhost:3000/login/reseller-portal?reason=not_linked',
    );
    expect(portalSessionOf(response)).toBeNull();
    expect(await t.db.prisma.user.count()).toBe(users);
    const [event] = await refusalEvents(t.db);
    expect(event).toMatchObject({
      tenantId: null,
      subjectUserId: null,
      details: { reason: 'not_linked', subject: 'stranger-at-the-portal' },
    });
  });

  it('refuses a subject linked at another issuer (the pair is what counts)', async () => {
    const elsewhere = await makeLinkedUser(t.db, 'https://other-portal.example');
    const { response } = await signInAtPortal(app, issuer, { sub: elsewhere.subject });
    expect(refusalOf(response)).toBe('not_linked');
  });

  it('refuses an administrator whose portal sign-in was password only (mfa_required)', async () => {
    const tenant = await makeTenant(t.db);
    const linked = await makeLinkedUser(t.db, issuer.issuer, {
      tenantId: tenant.id,
      roles: ['admin'],
    });
    const { response } = await signInAtPortal(app, issuer, {
      sub: linked.subject,
      claims: { amr: ['pwd'], acr: 'urn:rsp:loa:pwd' },
    });
    expect(refusalOf(response)).toBe('mfa_required');
    expect(portalSessionOf(response)).toBeNull();
    const [event] = await refusalEvents(t.db);
    expect(event).toMatchObject({
      tenantId: tenant.id,
      subjectUserId: linked.user.id,
      details: { reason: 'mfa_required', amr: ['pwd'], acr: 'urn:rsp:loa:pwd' },
    });
  });

  it('refuses a plain user without MFA when the tenant requires 2FA of everyone', async () => {
    const tenant = await makeTenant(t.db);
    await t.db.prisma.tenant.update({
      where: { id: tenant.id },
      data: { twoFactorRequiredFor: 'all' },
    });
    const linked = await makeLinkedUser(t.db, issuer.issuer, { tenantId: tenant.id });
    const { response } = await signInAtPortal(app, issuer, {
      sub: linked.subject,
      claims: { amr: undefined },
    });
    expect(refusalOf(response)).toBe('mfa_required');
  });

  it('does not let the grace deadline waive the portal MFA', async () => {
    const tenant = await makeTenant(t.db);
    await t.db.prisma.tenant.update({
      where: { id: tenant.id },
      data: { twoFactorGraceUntil: new Date(Date.now() + 30 * 86_400_000) },
    });
    const linked = await makeLinkedUser(t.db, issuer.issuer, {
      tenantId: tenant.id,
      roles: ['admin'],
    });
    const { response } = await signInAtPortal(app, issuer, {
      sub: linked.subject,
      claims: { amr: ['pwd'] },
    });
    expect(refusalOf(response)).toBe('mfa_required');
  });

  it('accepts MFA shown by an acr value configured in RSP_MFA_ACR_VALUES', async () => {
    const linked = await makeLinkedUser(t.db, issuer.issuer, { roles: ['admin'] });
    const { response } = await signInAtPortal(app, issuer, {
      sub: linked.subject,
      claims: { amr: ['pwd'], acr: MFA_ACR },
    });
    expect(refusalOf(response)).toBeNull();
    expect(portalSessionOf(response)).not.toBeNull();
  });

  it.each([['mfa'], ['hwk']])('accepts amr %s as MFA', async (method) => {
    const linked = await makeLinkedUser(t.db, issuer.issuer, { roles: ['admin'] });
    const { response } = await signInAtPortal(app, issuer, {
      sub: linked.subject,
      claims: { amr: [method] },
    });
    expect(portalSessionOf(response)).not.toBeNull();
  });

  it('refuses a deactivated account (account_disabled)', async () => {
    const linked = await makeLinkedUser(t.db, issuer.issuer);
    await t.db.prisma.user.update({
      where: { id: linked.user.id },
      data: { status: 'deactivated' },
    });
    const { response } = await signInAtPortal(app, issuer, { sub: linked.subject });
    expect(refusalOf(response)).toBe('account_disabled');
    expect(portalSessionOf(response)).toBeNull();
    const [event] = await refusalEvents(t.db);
    expect(event).toMatchObject({
      tenantId: linked.tenant.id,
      subjectUserId: linked.user.id,
      details: { reason: 'account_disabled' },
    });
  });

  it('treats an error from the portal (access_denied) as cancelled, and uses up the state', async () => {
    const { authorizationUrl, cookie } = await beginPortalLogin(app);
    const state = new URL(authorizationUrl).searchParams.get('state') as string;
    const response = await app.inject({
      method: 'GET',
      url: `/api/auth/rsp/callback?error=access_denied&error_description=User+cancelled&state=${state}`,
      headers: { cookie },
    });
    expect(refusalOf(response)).toBe('cancelled');
    expect(response.cookies.find((c) => c.name === 'portal_rsp_state')?.value).toBe('');
    const [event] = await refusalEvents(t.db);
    expect(event).toMatchObject({
      tenantId: null,
      details: { reason: 'cancelled', detail: 'access_denied' },
    });
  });

  it('RP-initiated logout: redirects to the end-session endpoint with client id and return URL', async () => {
    const response = await app.inject({ method: 'GET', url: RSP_LOGOUT });
    expect(response.statusCode).toBe(302);
    const location = new URL(String(response.headers.location));
    expect(`${location.origin}${location.pathname}`).toBe(`${issuer.issuer}/session/end`);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      client_id: issuer.clientId,
      post_logout_redirect_uri: 'http://localhost:3000/login',
    });
  });
});

describe('reseller-portal logout without RP-initiated logout at the portal', () => {
  const t = useTestDatabase();
  let issuer: FakeOidcIssuer;
  let app: FastifyInstance;

  beforeAll(async () => {
    issuer = await startFakeOidcIssuer({ endSession: false });
    app = await createPortalApp(t.db, issuer);
  });
  afterAll(async () => {
    await app?.close();
    await issuer?.close();
  });

  it('redirects to our login page', async () => {
    const response = await app.inject({ method: 'GET', url: RSP_LOGOUT });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('http://localhost:3000/login');
  });
});
