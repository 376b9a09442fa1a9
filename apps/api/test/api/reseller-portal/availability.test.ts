import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeOidcIssuer, startFakeOidcIssuer } from '../../helpers/fake-oidc-issuer.js';
import {
  beginPortalLogin,
  callback,
  createPortalApp,
  makeLinkedUser,
  portalSessionOf,
  RSP_LOGIN,
  RSP_LOGOUT,
  refusalEvents,
  refusalOf,
} from '../../helpers/reseller-portal.js';
import { useTestDatabase } from '../../helpers/test-app.js';

const DISCOVERY = '/.well-known/openid-configuration';

describe('reseller-portal sign-in when the portal is down', () => {
  const t = useTestDatabase();
  const cleanup: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    for (const item of cleanup.splice(0).reverse()) await item.close();
  });

  async function started(issuer: FakeOidcIssuer, timeoutSeconds?: number) {
    const app = await createPortalApp(t.db, issuer, timeoutSeconds ? { timeoutSeconds } : {});
    cleanup.push(app);
    return app;
  }

  const login = (app: FastifyInstance) => app.inject({ method: 'GET', url: RSP_LOGIN });

  it('starts without the portal, answers "unavailable", and tries again at the next sign-in', async () => {
    const first = await startFakeOidcIssuer();
    const port = Number(new URL(first.issuer).port);
    await first.close();
    const app = await started(first);

    const refused = await login(app);
    expect(refusalOf(refused)).toBe('unavailable');
    const [event] = await refusalEvents(t.db);
    expect(event).toMatchObject({
      tenantId: null,
      details: { reason: 'unavailable', detail: 'ECONNREFUSED' },
    });

    // The same issuer URL comes back: the failed discovery was not cached.
    const back = await startFakeOidcIssuer({
      port,
      clientId: first.clientId,
      clientSecret: first.clientSecret,
    });
    cleanup.push(back);
    const answer = await login(app);
    expect(answer.statusCode).toBe(302);
    expect(String(answer.headers.location)).toMatch(`${back.issuer}/authorize?`);
  });

  it('answers "unavailable" quickly when the portal hangs (timeout)', async () => {
    const issuer = await startFakeOidcIssuer();
    cleanup.push(issuer);
    issuer.mode = 'stall';
    const app = await started(issuer, 1);
    const startedAt = Date.now();
    const refused = await login(app);
    expect(refusalOf(refused)).toBe('unavailable');
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    const [event] = await refusalEvents(t.db);
    expect(event?.details).toMatchObject({ reason: 'unavailable', detail: 'OAUTH_TIMEOUT' });
  });

  it('answers "unavailable" when the portal goes down between login and callback', async () => {
    const issuer = await startFakeOidcIssuer();
    const app = await started(issuer);
    const { subject } = await makeLinkedUser(t.db, issuer.issuer);
    const { authorizationUrl, cookie } = await beginPortalLogin(app);
    const query = issuer.authorize(authorizationUrl, { sub: subject });
    await issuer.close();

    const response = await callback(app, query, cookie);
    expect(refusalOf(response)).toBe('unavailable');
    expect(portalSessionOf(response)).toBeNull();
  });

  it('without the portal, the portal logout goes to our login page', async () => {
    const issuer = await startFakeOidcIssuer({ endSession: true });
    await issuer.close();
    const app = await started(issuer);
    const response = await app.inject({ method: 'GET', url: RSP_LOGOUT });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('http://localhost:3000/login');
  });

  it('discovers the portal once, not at every sign-in', async () => {
    const issuer = await startFakeOidcIssuer();
    cleanup.push(issuer);
    const app = await started(issuer);
    expect(issuer.requests).toEqual([]);
    for (let i = 0; i < 3; i += 1) expect((await login(app)).statusCode).toBe(302);
    expect(issuer.requests.filter((path) => path === DISCOVERY)).toHaveLength(1);
  });
});
