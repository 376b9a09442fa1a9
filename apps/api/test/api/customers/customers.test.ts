import { describe, expect, it } from 'vitest';
import { makeReseller, makeTenant, makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs } from '../../helpers/login.js';
import { actIn, makeCustomers, signedInReseller, switchTenant } from '../../helpers/reseller.js';
import { useTestApp } from '../../helpers/test-app.js';

describe('GET /api/customers', () => {
  const t = useTestApp();
  const list = (session: string, query = '') =>
    t.app.inject({ url: `/api/customers${query}`, headers: { cookie: session } });
  const names = (body: { items: { name: string }[] }) => body.items.map((c) => c.name);

  it("lists the reseller's own customers only, by name", async () => {
    const { reseller, session } = await signedInReseller(t.app, t.db);
    await makeCustomers(t.db, reseller.id, ['Globex', 'acme', 'Initech']);
    const other = await makeReseller(t.db);
    await makeCustomers(t.db, other.id, ['Another resellers customer']);

    const answer = await list(session);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({ total: 3 });
    expect(names(answer.json())).toEqual(['acme', 'Globex', 'Initech']);
    expect(answer.json().items[0]).toEqual({
      id: expect.any(String),
      domain: expect.stringMatching(/\.tenant$/),
      name: 'acme',
      status: 'active',
      lastSelectedAt: null,
    });
  });

  it('searches name and domain case-insensitively, and takes % and _ literally', async () => {
    const { reseller, session } = await signedInReseller(t.app, t.db);
    const [acme] = await makeCustomers(t.db, reseller.id, ['Acme Corp', 'Globex', '100% Cotton']);
    expect(names((await list(session, '?search=ACME')).json())).toEqual(['Acme Corp']);
    const byDomain = await list(session, `?search=${acme?.domain.slice(0, 8)}`);
    expect(names(byDomain.json())).toEqual(['Acme Corp']);
    expect(names((await list(session, '?search=%25')).json())).toEqual(['100% Cotton']);
    expect((await list(session, '?search=_')).json().total).toBe(0);
  });

  it('pages with limit and offset, with the total of all matches', async () => {
    const { reseller, session } = await signedInReseller(t.app, t.db);
    await makeCustomers(t.db, reseller.id, ['c1', 'c2', 'c3', 'c4', 'c5']);
    const page2 = (await list(session, '?limit=2&offset=2')).json();
    expect(page2.total).toBe(5);
    expect(names(page2)).toEqual(['c3', 'c4']);
  });

  it('shows the most recently selected customers first', async () => {
    const { reseller, session } = await signedInReseller(t.app, t.db);
    const [, beta, gamma] = await makeCustomers(t.db, reseller.id, ['alpha', 'beta', 'gamma']);
    let current = await actIn(t.app, session, beta?.id as string);
    current = await actIn(t.app, current, gamma?.id as string);
    const body = (await list(current)).json();
    expect(names(body)).toEqual(['gamma', 'beta', 'alpha']);
    expect(body.items[0].lastSelectedAt).toEqual(expect.any(String));
    expect(body.items[2].lastSelectedAt).toBeNull();
  });

  it('is forbidden for a customer tenant, even for its administrator', async () => {
    const admin = await makeUser(t.db, { roles: ['admin'] });
    const session = await loginAs(t.app, credentialsOf(admin));
    expect((await list(session)).json()).toMatchObject({ error: 'forbidden' });
    expect((await list(session)).statusCode).toBe(403);
  });

  it('refuses oversized pages and ignores a tenant id smuggled into the query', async () => {
    const { reseller, session } = await signedInReseller(t.app, t.db);
    await makeCustomers(t.db, reseller.id, ['Mine']);
    const other = await makeReseller(t.db);
    await makeCustomers(t.db, other.id, ['Theirs']);
    expect((await list(session, '?limit=1000')).statusCode).toBe(400);
    const smuggled = await list(session, `?resellerTenantId=${other.id}&parentId=${other.id}`);
    expect(names(smuggled.json())).toEqual(['Mine']);
  });
});

describe('POST /api/session/tenant', () => {
  const t = useTestApp();
  const me = (session: string) => t.app.inject({ url: '/api/me', headers: { cookie: session } });

  it('makes the customer the acting tenant under a new session id; the old cookie ends', async () => {
    const { reseller, user, session } = await signedInReseller(t.app, t.db);
    const [acme] = await makeCustomers(t.db, reseller.id, ['Acme']);
    const before = await t.db.prisma.session.findFirstOrThrow({ where: { userId: user.id } });

    const answer = await switchTenant(t.app, session, acme?.id as string);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({
      actingTenant: { id: acme?.id, domain: acme?.domain, name: 'Acme', kind: 'customer' },
    });
    const rotated = await actIn(t.app, session, acme?.id as string).catch(() => null);
    expect(rotated).toBeNull(); // the first switch revoked the cookie it came with

    const cookie = answer.cookies.find((c) => c.name.endsWith('portal_session'));
    const next = `${cookie?.name}=${cookie?.value}`;
    expect(next).not.toBe(session);
    expect((await me(session)).statusCode).toBe(401);
    const body = (await me(next)).json();
    expect(body.actingTenant).toMatchObject({ id: acme?.id, name: 'Acme' });
    expect(body.tenant).toMatchObject({ id: reseller.id, kind: 'reseller' });

    const after = await t.db.prisma.session.findMany({ where: { userId: user.id } });
    const live = after.filter((s) => s.revokedAt === null);
    expect(live).toHaveLength(1);
    expect(live[0]?.id).not.toBe(before.id);
    expect(live[0]?.expiresAt.getTime()).toBe(before.expiresAt.getTime());
  });

  it("shows the customer's users, not the reseller's, and goes back to the reseller", async () => {
    const { reseller, session } = await signedInReseller(t.app, t.db);
    const [acme] = await makeCustomers(t.db, reseller.id, ['Acme']);
    await makeUser(t.db, { tenantId: acme?.id, username: 'alice' });
    const inAcme = await actIn(t.app, session, acme?.id as string);
    const users = await t.app.inject({ url: '/api/users', headers: { cookie: inAcme } });
    expect(users.json().items.map((u: { username: string }) => u.username)).toEqual(['alice']);

    const back = await actIn(t.app, inAcme, reseller.id);
    expect((await me(back)).json().actingTenant.id).toBe(reseller.id);
  });

  it('audits the switch in the customer tenant with the reseller user as actor', async () => {
    const { reseller, user, session } = await signedInReseller(t.app, t.db);
    const [acme] = await makeCustomers(t.db, reseller.id, ['Acme']);
    await actIn(t.app, session, acme?.id as string);
    const event = await t.db.prisma.auditEvent.findFirstOrThrow({
      where: { type: 'session.tenant_switched', actorUserId: user.id },
    });
    expect(event).toMatchObject({
      tenantId: acme?.id,
      actorUserId: user.id,
      actorTenantId: reseller.id,
      details: { from: reseller.domain, to: acme?.domain },
    });
  });

  it("answers 404 for another reseller's customer, another reseller and an unknown id alike", async () => {
    const { session } = await signedInReseller(t.app, t.db);
    const otherReseller = await makeReseller(t.db);
    const [foreign] = await makeCustomers(t.db, otherReseller.id, ['Foreign']);
    const orphanCustomerOfNobody = await makeTenant(t.db);
    for (const id of [
      foreign?.id as string,
      otherReseller.id,
      orphanCustomerOfNobody.id,
      '00000000-0000-4000-8000-000000000000',
    ]) {
      const answer = await switchTenant(t.app, session, id);
      expect(answer.statusCode).toBe(404);
      expect(answer.json()).toEqual({ error: 'not_found', message: 'Not found.' });
      expect(answer.headers['set-cookie']).toBeUndefined();
    }
    expect((await me(session)).statusCode).toBe(200);
  });

  it('keeps acting in a customer from widening the list: still only own customers', async () => {
    const { reseller, session } = await signedInReseller(t.app, t.db);
    const [acme] = await makeCustomers(t.db, reseller.id, ['Acme']);
    const inAcme = await actIn(t.app, session, acme?.id as string);
    const answer = await t.app.inject({ url: '/api/customers', headers: { cookie: inAcme } });
    expect(answer.json().total).toBe(1);
  });

  it('is forbidden for a customer administrator (no customers.select)', async () => {
    const admin = await makeUser(t.db, { roles: ['admin'] });
    const session = await loginAs(t.app, credentialsOf(admin));
    const other = await makeTenant(t.db);
    expect((await switchTenant(t.app, session, other.id)).statusCode).toBe(403);
    expect((await switchTenant(t.app, session, admin.tenant.id)).statusCode).toBe(403);
  });

  it('refuses a malformed tenant id with 400', async () => {
    const { session } = await signedInReseller(t.app, t.db);
    const answer = await switchTenant(t.app, session, 'not-a-uuid');
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error).toBe('validation_error');
  });
});
