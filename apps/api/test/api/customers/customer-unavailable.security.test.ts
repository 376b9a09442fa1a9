import { randomUUID } from 'node:crypto';
import { actsInTenant, type Endpoint, endpoints, endpointUrl, needsSession } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { makeReseller, makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs, sessionCookieOf } from '../../helpers/login.js';
import { actIn, makeCustomers, signedInReseller, switchTenant } from '../../helpers/reseller.js';
import { useTestApp } from '../../helpers/test-app.js';

/**
 * A reseller user acting in a customer loses it at the next request once the customer is no
 * longer the reseller's, while the session itself stays: it can act again in its own tenant or
 * another customer. The relation is changed in the database under the live session, as the
 * operator CLI (tenants move) does.
 */
describe('acting in a customer that left the reseller', () => {
  const t = useTestApp();
  const get = (cookie: string, url: string) => t.app.inject({ url, headers: { cookie } });
  /** Behind the app's back: the app is told, as the tenant lifecycle tells it (its cache). */
  const moveCustomer = async (id: string, parentId: string) => {
    await t.db.prisma.tenant.update({ where: { id }, data: { parentId } });
    await t.app.sessions.invalidate({ tenant: id });
  };

  /** A reseller user acting in Acme, one of two customers, plus another reseller. */
  async function actingInAcme() {
    const signedIn = await signedInReseller(t.app, t.db);
    const [acme, globex] = await makeCustomers(t.db, signedIn.reseller.id, ['Acme', 'Globex']);
    if (!acme || !globex) throw new Error('no customers');
    const other = await makeReseller(t.db);
    const session = await actIn(t.app, signedIn.session, acme.id);
    return { ...signedIn, acme, globex, other, session };
  }

  it('refuses the next request with 403 customer_unavailable once the customer moved to another reseller', async () => {
    const { reseller, acme, other, session } = await actingInAcme();
    expect((await get(session, '/api/users')).statusCode).toBe(200);

    await moveCustomer(acme.id, other.id);
    for (const url of ['/api/users', '/api/me', '/api/audit-events', '/api/tenant/settings']) {
      const answer = await get(session, url);
      expect(answer.statusCode, url).toBe(403);
      expect(answer.json()).toEqual({
        error: 'customer_unavailable',
        message: expect.any(String),
        ownTenantId: reseller.id,
      });
      // Nothing of the customer in the refusal, and the session is not ended.
      expect(answer.body).not.toContain(acme.domain);
      expect(answer.headers['set-cookie']).toBeUndefined();
    }
  });

  it('refuses it too once the customer is detached (no longer a customer of anyone)', async () => {
    const { acme, session } = await actingInAcme();
    await t.db.prisma.tenant.update({
      where: { id: acme.id },
      data: { kind: 'reseller', parentId: null },
    });
    expect((await get(session, '/api/users')).json().error).toBe('customer_unavailable');
  });

  it('lets the same session act again in its own tenant, and audits where it came from', async () => {
    const { reseller, user, acme, other, session } = await actingInAcme();
    await makeUser(t.db, { tenantId: reseller.id, username: 'reseller-colleague' });
    await moveCustomer(acme.id, other.id);
    expect((await get(session, '/api/me')).statusCode).toBe(403);

    const back = await switchTenant(t.app, session, reseller.id);
    expect(back.statusCode).toBe(200);
    expect(back.json().actingTenant).toMatchObject({ id: reseller.id, kind: 'reseller' });
    const home = sessionCookieOf(back);
    const me = await get(home, '/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().actingTenant.id).toBe(reseller.id);
    const usernames = (await get(home, '/api/users'))
      .json()
      .items.map((u: { username: string }) => u.username);
    expect(usernames).toContain('reseller-colleague');
    expect((await get(session, '/api/me')).statusCode).toBe(401); // rotated, as every switch

    const event = await t.db.prisma.auditEvent.findFirstOrThrow({
      where: { type: 'session.tenant_switched', actorUserId: user.id, tenantId: reseller.id },
    });
    expect(event.details).toEqual({
      from: acme.domain,
      fromUnavailable: true,
      to: reseller.domain,
    });
  });

  it('lists the remaining customers and switches to one of them, but not back to the lost one', async () => {
    const { acme, globex, other, session } = await actingInAcme();
    await moveCustomer(acme.id, other.id);
    const list = await get(session, '/api/customers');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((c: { name: string }) => c.name)).toEqual(['Globex']);
    expect((await switchTenant(t.app, session, acme.id)).statusCode).toBe(404);
    const inGlobex = await actIn(t.app, session, globex.id);
    expect((await get(inGlobex, '/api/me')).json().actingTenant.id).toBe(globex.id);
  });

  it('acts in the customer again once it is back with the reseller: the check is per request', async () => {
    const { reseller, acme, other, session } = await actingInAcme();
    await moveCustomer(acme.id, other.id);
    expect((await get(session, '/api/users')).statusCode).toBe(403);
    await moveCustomer(acme.id, reseller.id);
    expect((await get(session, '/api/me')).json().actingTenant.id).toBe(acme.id);
  });

  it('signs out from that state, recording the logout in the reseller’s own tenant', async () => {
    const { reseller, user, acme, other, session } = await actingInAcme();
    await moveCustomer(acme.id, other.id);
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session },
    });
    expect(logout.statusCode).toBe(204);
    expect((await switchTenant(t.app, session, reseller.id)).statusCode).toBe(401);
    const event = await t.db.prisma.auditEvent.findFirstOrThrow({
      where: { type: 'logout', actorUserId: user.id },
    });
    expect(event.tenantId).toBe(reseller.id);
  });

  it('leaves the customer’s own users and the reseller at home untouched', async () => {
    const { reseller, acme, other } = await actingInAcme();
    const customerUser = await makeUser(t.db, { tenantId: acme.id, roles: ['admin'] });
    const customerSession = await loginAs(t.app, credentialsOf(customerUser));
    const atHome = (await signedInReseller(t.app, t.db)).session;
    const homeUser = await makeUser(t.db, { tenantId: reseller.id });
    const resellerAtHome = await loginAs(t.app, credentialsOf(homeUser));

    await moveCustomer(acme.id, other.id);
    const me = await get(customerSession, '/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().actingTenant.id).toBe(acme.id);
    expect((await get(customerSession, '/api/users')).statusCode).toBe(200);
    expect((await get(atHome, '/api/me')).statusCode).toBe(200);
    expect((await get(resellerAtHome, '/api/me')).json().actingTenant.id).toBe(reseller.id);
  });

  it('refuses every endpoint that acts in the tenant, and only those (from the contract)', async () => {
    const { acme, other, session } = await actingInAcme();
    await moveCustomer(acme.id, other.id);
    const sessionEndpoints = Object.entries(endpoints).filter(([, e]) => needsSession(e));
    const refused: string[] = [];
    for (const [name, endpoint] of sessionEndpoints) {
      const answer = await t.app.inject({
        method: endpoint.method,
        url: endpointUrl(endpoint, { params: anyParams(endpoint) }),
        headers: { cookie: session },
      });
      if (answer.body.includes('"customer_unavailable"')) refused.push(name);
    }
    const acting = sessionEndpoints.filter(([, e]) => actsInTenant(e)).map(([name]) => name);
    expect(refused).toEqual(acting);
    expect(acting).toContain('me');
    expect(sessionEndpoints.map(([name]) => name).filter((n) => !acting.includes(n))).toEqual([
      'listCustomers',
      'createCustomer',
      'updateCustomer',
      'switchTenant',
    ]);
  });
});

function anyParams(endpoint: Endpoint): Record<string, string> {
  const params = endpoint.params as { properties?: object } | undefined;
  return Object.fromEntries(Object.keys(params?.properties ?? {}).map((n) => [n, randomUUID()]));
}
