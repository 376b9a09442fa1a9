import { describe, expect, it } from 'vitest';
import { makeReseller, makeTenant, makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs, postLogin } from '../../helpers/login.js';
import { useTestApp } from '../../helpers/test-app.js';
import { decodeClaims } from '../../helpers/tokens.js';
import { usersApi } from '../users/manage-helpers.js';

interface AuditUser {
  id: string;
  username: string | null;
  displayName: string | null;
  tenantDomain: string | null;
  deleted: boolean;
}

interface Item {
  id: string;
  type: string;
  actor: AuditUser | null;
  subject: AuditUser | null;
  details: Record<string, unknown>;
}

describe('Audit log: names kept with the events', () => {
  const t = useTestApp();

  const list = async (cookie: string, query = '') => {
    const answer = await t.app.inject({ url: `/api/audit-events${query}`, headers: { cookie } });
    expect(answer.statusCode, answer.body).toBe(200);
    return (answer.json() as { items: Item[] }).items;
  };

  async function tenantWithAdmin() {
    const tenant = await makeTenant(t.db);
    const admin = await makeUser(t.db, { tenantId: tenant.id, roles: ['admin'] });
    const session = await loginAs(t.app, credentialsOf(admin));
    return { tenant, admin: admin.user, session };
  }

  it('still names a deleted user, as actor and as subject, marked as deleted', async () => {
    const { tenant, admin, session } = await tenantWithAdmin();
    const carol = await makeUser(t.db, {
      tenantId: tenant.id,
      username: 'carol.c',
      displayName: 'Carol Cohen',
    });
    const carolSession = await loginAs(t.app, credentialsOf(carol));
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: carolSession },
    });
    expect(logout.statusCode).toBe(204);
    const before = await list(session, `?userId=${carol.user.id}`);
    expect(before.length).toBeGreaterThanOrEqual(2);

    const removed = await usersApi(t.app, session).remove(carol.user.id);
    expect(removed.statusCode, removed.body).toBe(204);

    const carolAsSheWas = {
      id: carol.user.id,
      username: 'carol.c',
      displayName: 'Carol Cohen',
      deleted: true,
    };
    const after = await list(session, `?userId=${carol.user.id}`);
    // Every earlier event plus the deletion itself, each still naming Carol.
    expect(after.map((item) => item.type)).toEqual([
      'user.deleted',
      ...before.map((item) => item.type),
    ]);
    for (const item of after) {
      const carolInIt = item.actor?.id === carol.user.id ? item.actor : item.subject;
      expect(carolInIt, item.type).toMatchObject(carolAsSheWas);
    }
    expect(after[0]?.actor).toMatchObject({
      id: admin.id,
      username: admin.username,
      deleted: false,
    });
    expect(after.find((item) => item.type === 'logout')?.actor).toEqual({
      ...carolAsSheWas,
      tenantDomain: tenant.domain,
    });
  });

  it("names a deleted reseller user in the customer's log with their home tenant", async () => {
    const reseller = await makeReseller(t.db);
    const resellerAdmin = await makeUser(t.db, {
      tenantId: reseller.id,
      roles: ['admin'],
      username: 'rita.reseller',
    });
    const resellerSession = await loginAs(t.app, credentialsOf(resellerAdmin));
    const customer = await makeTenant(t.db, { parentId: reseller.id });
    const customerAdmin = await makeUser(t.db, { tenantId: customer.id, roles: ['admin'] });
    const customerSession = await loginAs(t.app, credentialsOf(customerAdmin));
    const sessionId = decodeClaims(resellerSession.slice(resellerSession.indexOf('=') + 1))
      .sid as string;
    await t.db.prisma.session.update({
      where: { id: sessionId },
      data: { actingTenantId: customer.id },
    });
    const change = await t.app.inject({
      method: 'PUT',
      url: '/api/tenant/settings',
      headers: { cookie: resellerSession },
      payload: { twoFactorRequiredFor: 'all', twoFactorGraceUntil: null },
    });
    expect(change.statusCode).toBe(200);

    await t.db.prisma.user.delete({ where: { id: resellerAdmin.user.id } });

    const [event] = await list(customerSession, '?type=tenant.settings_changed');
    expect(event?.actor).toEqual({
      id: resellerAdmin.user.id,
      username: 'rita.reseller',
      displayName: resellerAdmin.user.displayName,
      tenantDomain: reseller.domain,
      deleted: true,
    });
  });

  it('shows the tenant domain and username a failed sign-in tried, never the password', async () => {
    const { tenant, session } = await tenantWithAdmin();
    const password = 'a guessed secret 42';
    const failed = await postLogin(t.app, {
      tenantDomain: ` ${tenant.domain.toUpperCase()} `,
      username: 'Ghost',
      password,
    });
    expect(failed.statusCode).toBe(401);

    const [event] = await list(session, '?type=login.failed');
    expect(event).toMatchObject({
      type: 'login.failed',
      actor: null,
      subject: null,
      details: { tenantDomain: tenant.domain, username: 'ghost' },
    });
    const stored = await t.db.prisma.auditEvent.findMany({ where: { tenantId: tenant.id } });
    expect(JSON.stringify(event)).not.toContain(password);
    expect(
      JSON.stringify(stored, (_key, value) => (typeof value === 'bigint' ? 0 : value)),
    ).not.toContain(password);
  });

  it('names the account a failed sign-in tried when it exists', async () => {
    const { tenant, session } = await tenantWithAdmin();
    const dave = await makeUser(t.db, { tenantId: tenant.id, username: 'dave' });
    expect(
      (await postLogin(t.app, { ...credentialsOf(dave), password: 'not the password' })).statusCode,
    ).toBe(401);

    const [event] = await list(session, '?type=login.failed');
    expect(event?.subject).toMatchObject({ id: dave.user.id, username: 'dave', deleted: false });
    expect(event?.details).toEqual({ tenantDomain: tenant.domain, username: 'dave' });
  });
});
