import { type DevIdp, loginProgrammatically, startDevIdp } from '@portal/dev-idp';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PORTAL_USERS, DEMO_TENANTS, seedDemoData } from '../../../src/db/seed.js';
import {
  beginPortalLogin,
  createPortalApp,
  portalSessionOf,
  RSP_LOGOUT,
  refusalOf,
} from '../../helpers/reseller-portal.js';
import { testHasher, useTestDatabase } from '../../helpers/test-app.js';

const PORTAL = 'http://localhost:3000';
const CLIENT = { clientId: 'tenant-portal', clientSecret: `secret-${Date.now()}` };

/**
 * Against the real development provider (oidc-provider, tools/dev-idp) and the seeded demo
 * accounts: what `pnpm dev` and the end-to-end tests rely on.
 */
describe('reseller-portal sign-in with the development provider and the demo data', () => {
  const t = useTestDatabase();
  let idp: DevIdp;
  let app: FastifyInstance;

  beforeAll(async () => {
    idp = await startDevIdp({
      port: 0,
      clients: [
        {
          ...CLIENT,
          redirectUris: [`${PORTAL}/api/auth/rsp/callback`],
          postLogoutRedirectUris: [`${PORTAL}/login`],
        },
      ],
    });
    await seedDemoData(t.db.prisma, await testHasher(), 'demo-password-for-tests', {
      rspIssuer: idp.issuer,
    });
    app = await createPortalApp(t.db, { issuer: idp.issuer, ...CLIENT });
  });
  afterAll(async () => {
    await app?.close();
    await idp?.close();
  });

  /** Signs in at the provider as `username` and follows its redirect back to the callback. */
  async function signIn(username: string, otp?: string) {
    const { authorizationUrl, cookie } = await beginPortalLogin(app);
    const back = await loginProgrammatically({
      authorizationUrl,
      username,
      password: idp.password,
      ...(otp ? { otp } : {}),
    });
    expect(`${back.origin}${back.pathname}`).toBe(`${PORTAL}/api/auth/rsp/callback`);
    return app.inject({
      method: 'GET',
      url: `${back.pathname}${back.search}`,
      headers: { cookie },
    });
  }

  it('seeds rsp.partner and rsp.nomfa linked, without a password; reseller.admin keeps one', async () => {
    const reseller = await t.db.prisma.tenant.findUniqueOrThrow({
      where: { domain: DEMO_TENANTS.reseller.domain },
    });
    for (const demo of DEMO_PORTAL_USERS) {
      const user = await t.db.prisma.user.findFirstOrThrow({
        where: { tenantId: reseller.id, username: demo.username },
        include: { roles: { include: { role: true } } },
      });
      expect(user).toMatchObject({
        passwordHash: null,
        externalIssuer: idp.issuer,
        externalSubject: demo.subject,
      });
      expect(user.roles.map(({ role }) => role.key)).toEqual(['admin']);
    }
    const partner = await t.db.prisma.user.findFirstOrThrow({
      where: { tenantId: reseller.id, username: 'rsp.partner' },
    });
    expect(partner.displayName).toBe('Rhea Partner');
    const admin = await t.db.prisma.user.findFirstOrThrow({
      where: { tenantId: reseller.id, username: 'reseller.admin' },
    });
    expect(admin).toMatchObject({ externalSubject: null });
    expect(admin.passwordHash).not.toBeNull();
  });

  it('signs in rsp.partner (password and one-time code at the portal) as a reseller admin', async () => {
    const response = await signIn('rsp.partner', '123456');
    expect(refusalOf(response)).toBeNull();
    const session = portalSessionOf(response) as string;
    expect(session).toBeTruthy();
    const me = await app.inject({ url: '/api/me', headers: { cookie: session } });
    expect(me.json()).toMatchObject({
      user: { username: 'rsp.partner', roles: ['admin'] },
      tenant: { domain: DEMO_TENANTS.reseller.domain, kind: 'reseller' },
      session: { authMethod: 'reseller_portal' },
    });
  });

  it('refuses rsp.nomfa, an administrator without MFA at the portal (mfa_required)', async () => {
    const response = await signIn('rsp.nomfa');
    expect(refusalOf(response)).toBe('mfa_required');
    expect(portalSessionOf(response)).toBeNull();
  });

  it('refuses rsp.stranger, linked to nobody here (not_linked)', async () => {
    expect(refusalOf(await signIn('rsp.stranger'))).toBe('not_linked');
  });

  it("offers the provider's RP-initiated logout", async () => {
    const response = await app.inject({ method: 'GET', url: RSP_LOGOUT });
    expect(response.statusCode).toBe(302);
    const location = new URL(String(response.headers.location));
    expect(location.origin).toBe(idp.issuer);
    expect(location.searchParams.get('post_logout_redirect_uri')).toBe(`${PORTAL}/login`);
    expect(location.searchParams.get('client_id')).toBe(CLIENT.clientId);
  });
});
