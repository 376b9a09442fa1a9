import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { makeTenant, makeUser } from '../helpers/factories.js';
import { credentialsOf, loginAs } from '../helpers/login.js';
import { useTestApp } from '../helpers/test-app.js';
import { codeFor, passwordStep, post } from '../helpers/two-factor.js';

const PORTAL = 'https://portal.example.test';

/** What a browser adds: the page's origin, and how it relates to the target. */
const FROM_ELSEWHERE = {
  'another origin': { origin: 'https://evil.example' },
  'a sibling subdomain': { origin: 'https://evil.portal.example.test' },
  'a sandboxed frame': { origin: 'null' },
  'a plain http origin of the same host': { origin: 'http://portal.example.test' },
  'Sec-Fetch-Site cross-site alone': { 'sec-fetch-site': 'cross-site' },
  'the portal origin but Sec-Fetch-Site cross-site': {
    origin: PORTAL,
    'sec-fetch-site': 'cross-site',
  },
} as const;
const cases = Object.entries(FROM_ELSEWHERE);

const FROM_THE_PORTAL = {
  'a same-origin browser': { origin: PORTAL, 'sec-fetch-site': 'same-origin' },
  'a client that sends neither header': {},
} as const;

function expectRefused(response: { statusCode: number; json(): unknown }) {
  expect(response.statusCode).toBe(403);
  expect(response.json()).toMatchObject({ error: 'cross_site_request' });
}

describe('state-changing requests from other sites are refused before any work', () => {
  const t = useTestApp({ env: { PUBLIC_URL: PORTAL } });

  async function signedInAdmin() {
    const tenant = await makeTenant(t.db);
    await t.db.prisma.tenant.update({
      where: { id: tenant.id },
      data: { twoFactorGraceUntil: new Date(Date.now() + 86_400_000) },
    });
    const made = await makeUser(t.db, { tenantId: tenant.id, roles: ['admin'] });
    return { ...made, session: await loginAs(t.app, credentialsOf(made)) };
  }

  const stillSignedIn = async (app: FastifyInstance, session: string) =>
    (await app.inject({ url: '/api/me', headers: { cookie: session } })).statusCode === 200;

  describe('POST /api/auth/logout', () => {
    it.each(cases)('refuses one from %s; the session stays', async (_, headers) => {
      const { session } = await signedInAdmin();
      const answer = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: session, ...headers },
      });
      expectRefused(answer);
      expect(await stillSignedIn(t.app, session)).toBe(true);
    });

    it.each(Object.entries(FROM_THE_PORTAL))('signs out %s', async (_, headers) => {
      const { session } = await signedInAdmin();
      const answer = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: session, ...headers },
      });
      expect(answer.statusCode).toBe(204);
      expect(await stillSignedIn(t.app, session)).toBe(false);
    });
  });

  describe('POST /api/users', () => {
    const newUser = (username: string) => ({
      username,
      email: `${username}@example.test`,
      role: 'user',
    });

    it.each(cases)('refuses one from %s; nobody is created', async (label, headers) => {
      const { session, tenant } = await signedInAdmin();
      const username = `cross-${cases.findIndex(([name]) => name === label)}`;
      const answer = await t.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: { cookie: session, ...headers },
        payload: newUser(username),
      });
      expectRefused(answer);
      const created = await t.db.prisma.user.count({ where: { tenantId: tenant.id, username } });
      expect(created).toBe(0);
    });

    it.each(Object.entries(FROM_THE_PORTAL))('creates one for %s', async (_, headers) => {
      const { session } = await signedInAdmin();
      const answer = await t.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: { cookie: session, ...headers },
        payload: newUser('same-site-user'),
      });
      expect(answer.statusCode).toBe(201);
    });
  });

  describe('POST /api/account/two-factor/disable', () => {
    async function userWithTotp() {
      const made = await makeUser(t.db, { roles: ['user'] });
      const session = await loginAs(t.app, credentialsOf(made));
      const { secret } = (await post(t.app, '/api/auth/totp/enrollment', session)).json();
      await post(t.app, '/api/auth/totp/enrollment/confirm', session, { code: codeFor(secret) });
      return { credentials: credentialsOf(made), session };
    }

    it.each(cases)('refuses one from %s; 2FA stays on', async (_, headers) => {
      const { credentials, session } = await userWithTotp();
      const answer = await t.app.inject({
        method: 'POST',
        url: '/api/account/two-factor/disable',
        headers: { cookie: session, ...headers },
      });
      expectRefused(answer);
      expect((await passwordStep(t.app, credentials)).status).toBe('totp_required');
    });

    it('turns 2FA off for a same-origin browser', async () => {
      const { credentials, session } = await userWithTotp();
      const answer = await t.app.inject({
        method: 'POST',
        url: '/api/account/two-factor/disable',
        headers: { cookie: session, ...FROM_THE_PORTAL['a same-origin browser'] },
      });
      expect(answer.statusCode).toBe(204);
      expect((await passwordStep(t.app, credentials)).status).toBe('authenticated');
    });
  });

  it('lets reads from anywhere through (GET is not state-changing)', async () => {
    const { session } = await signedInAdmin();
    const answer = await t.app.inject({
      url: '/api/me',
      headers: { cookie: session, ...FROM_ELSEWHERE['another origin'] },
    });
    expect(answer.statusCode).toBe(200);
  });

  it('refuses before the sign-in counts anything: no lockout, no audit', async () => {
    const made = await makeUser(t.db);
    const before = await t.db.prisma.auditEvent.count();
    for (let i = 0; i < 12; i++) {
      const answer = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: FROM_ELSEWHERE['another origin'],
        payload: { ...credentialsOf(made), password: 'wrong password' },
      });
      expectRefused(answer);
    }
    expect(await t.db.prisma.auditEvent.count()).toBe(before);
    expect((await passwordStep(t.app, credentialsOf(made))).status).toBe('authenticated');
  });
});
