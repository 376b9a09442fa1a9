import type { AuditEventType } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { makeReseller, makeTenant, makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs } from '../../helpers/login.js';
import { useTestApp } from '../../helpers/test-app.js';
import { decodeClaims } from '../../helpers/tokens.js';

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
  createdAt: string;
  ip: string | null;
  actor: AuditUser | null;
  subject: AuditUser | null;
  details: Record<string, unknown>;
}

describe('Audit log API', () => {
  const t = useTestApp();

  async function tenantWithAdmin() {
    const tenant = await makeTenant(t.db);
    const admin = await makeUser(t.db, { tenantId: tenant.id, roles: ['admin'] });
    const session = await loginAs(t.app, credentialsOf(admin));
    return { tenant, admin: admin.user, session };
  }

  /** An event written straight into the log, as the API's writers would. */
  async function recordEvent(
    tenantId: string | null,
    type: AuditEventType,
    fields: {
      actorUserId?: string;
      actorTenantId?: string;
      subjectUserId?: string;
      createdAt?: Date;
      ip?: string;
      details?: Record<string, string | number | string[]>;
    } = {},
  ) {
    const row = await t.db.prisma.auditEvent.create({
      data: { tenantId, type, details: {}, ...fields },
    });
    return row.id.toString();
  }

  const list = async (cookie: string, query = '') => {
    const answer = await t.app.inject({ url: `/api/audit-events${query}`, headers: { cookie } });
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json() as { items: Item[]; nextCursor: string | null };
  };
  const ids = (items: Item[]) => items.map((item) => item.id);

  it("lists the acting tenant's events newest first, naming actor and subject", async () => {
    const { tenant, admin, session } = await tenantWithAdmin();
    const bob = (await makeUser(t.db, { tenantId: tenant.id, username: 'bob' })).user;
    const id = await recordEvent(tenant.id, 'user.updated', {
      actorUserId: admin.id,
      actorTenantId: tenant.id,
      subjectUserId: bob.id,
      ip: '203.0.113.9',
      details: { changed: ['displayName', 'email'] },
    });

    const { items, nextCursor } = await list(session);
    expect(nextCursor).toBeNull();
    expect(items[0]).toEqual({
      id,
      type: 'user.updated',
      createdAt: expect.any(String),
      ip: '203.0.113.9',
      actor: {
        id: admin.id,
        username: admin.username,
        displayName: admin.displayName,
        tenantDomain: tenant.domain,
        deleted: false,
      },
      subject: {
        id: bob.id,
        username: 'bob',
        displayName: bob.displayName,
        tenantDomain: tenant.domain,
        deleted: false,
      },
      details: { changed: ['displayName', 'email'] },
    });
    // The admin's own sign-in (with 2FA activation) is in the log too, older.
    expect(items.map((item) => item.type)).toContain('login.succeeded');
    const numeric = items.map((item) => BigInt(item.id));
    expect(numeric).toEqual([...numeric].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
  });

  it("never shows another tenant's events, whatever the filter", async () => {
    const { tenant, session } = await tenantWithAdmin();
    const stranger = await makeUser(t.db, { roles: ['admin'] });
    const foreign = await recordEvent(stranger.tenant.id, 'user.deleted', {
      actorUserId: stranger.user.id,
      actorTenantId: stranger.tenant.id,
    });
    // An event without a tenant (unknown tenant at sign-in) is nobody's log.
    const orphan = await recordEvent(null, 'login.failed');
    await recordEvent(tenant.id, 'user.deleted');
    // A cursor right after the foreign event (as if its tenant's list had given it out).
    const justAfterForeign = await t.db.prisma.auditEvent.findUniqueOrThrow({
      where: { id: BigInt(foreign) },
    });
    const foreignCursor = Buffer.from(
      JSON.stringify([
        new Date(justAfterForeign.createdAt.getTime() + 1).toISOString(),
        (BigInt(foreign) + 1n).toString(),
      ]),
    ).toString('base64url');

    const all = [
      ...(await list(session)).items,
      ...(await list(session, '?type=user.deleted')).items,
      ...(await list(session, '?type=login.failed')).items,
      ...(await list(session, `?userId=${stranger.user.id}`)).items,
      ...(await list(session, `?cursor=${foreignCursor}`)).items,
    ];
    expect(ids(all)).not.toContain(foreign);
    expect(ids(all)).not.toContain(orphan);
    expect((await list(session, '?type=user.deleted')).items).toHaveLength(1);
    expect((await list(session, `?userId=${stranger.user.id}`)).items).toEqual([]);
  });

  it('shows users deleted before events kept names by id, without a username', async () => {
    const { tenant, session } = await tenantWithAdmin();
    const gone = await makeUser(t.db, { tenantId: tenant.id, roles: ['admin'] });
    const goneToo = await makeUser(t.db, { tenantId: tenant.id });
    const id = await recordEvent(tenant.id, 'user.deleted', {
      actorUserId: gone.user.id,
      actorTenantId: tenant.id,
      subjectUserId: goneToo.user.id,
    });
    // As an event written before migration 20261203170000_audit_event_names: no names kept.
    const noNames = {
      actorUsername: null,
      actorDisplayName: null,
      subjectUsername: null,
      subjectDisplayName: null,
    };
    await t.db.prisma.auditEvent.update({ where: { id: BigInt(id) }, data: noNames });
    await t.db.prisma.user.deleteMany({ where: { id: { in: [gone.user.id, goneToo.user.id] } } });

    const [item] = (await list(session, '?type=user.deleted')).items;
    expect(item?.id).toBe(id);
    expect(item?.actor).toEqual({
      id: gone.user.id,
      username: null,
      displayName: null,
      tenantDomain: tenant.domain,
      deleted: true,
    });
    expect(item?.subject).toEqual({
      id: goneToo.user.id,
      username: null,
      displayName: null,
      tenantDomain: null,
      deleted: true,
    });
  });

  it('filters by type, by user as actor or subject, and by time (both ends included)', async () => {
    const { tenant, admin, session } = await tenantWithAdmin();
    const carol = (await makeUser(t.db, { tenantId: tenant.id })).user;
    const day = (d: number) => new Date(Date.UTC(2020, 0, d, 12));
    const byCarol = await recordEvent(tenant.id, 'password.changed', {
      actorUserId: carol.id,
      createdAt: day(1),
    });
    const aboutCarol = await recordEvent(tenant.id, 'user.updated', {
      actorUserId: admin.id,
      subjectUserId: carol.id,
      createdAt: day(2),
    });
    const other = await recordEvent(tenant.id, 'user.updated', {
      actorUserId: admin.id,
      subjectUserId: admin.id,
      createdAt: day(3),
    });

    expect(ids((await list(session, `?userId=${carol.id}`)).items)).toEqual([aboutCarol, byCarol]);
    const updates = (await list(session, '?type=user.updated')).items;
    expect(ids(updates)).toEqual([other, aboutCarol]);
    const from = day(2).toISOString();
    const to = day(3).toISOString();
    expect(ids((await list(session, `?from=${from}&to=${to}`)).items)).toEqual([other, aboutCarol]);
    expect(ids((await list(session, `?to=${from}`)).items)).toEqual([aboutCarol, byCarol]);
    expect(ids((await list(session, `?userId=${carol.id}&type=user.updated`)).items)).toEqual([
      aboutCarol,
    ]);
    expect((await list(session, `?from=${to}&to=${from}`)).items).toEqual([]);
  });

  it('pages with a cursor: disjoint pages, newest first, until nextCursor is null', async () => {
    const { tenant, session } = await tenantWithAdmin();
    const written: string[] = [];
    for (let n = 0; n < 5; n++) {
      written.push(await recordEvent(tenant.id, 'user.created', { details: { n } }));
    }
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?type=user.created&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await list(session, query);
      pages.push(ids(page.items));
      cursor = page.nextCursor;
    } while (cursor && pages.length < 10);
    expect(pages).toEqual([[written[4], written[3]], [written[2], written[1]], [written[0]]]);

    // Exactly a page's worth left: no empty page after it.
    const second = await list(session, '?type=user.created&limit=2');
    const twoLeft = await list(session, `?type=user.created&limit=2&cursor=${second.nextCursor}`);
    expect(ids(twoLeft.items)).toEqual([written[2], written[1]]);
    const lastPage = await list(session, `?type=user.created&limit=1&cursor=${twoLeft.nextCursor}`);
    expect(ids(lastPage.items)).toEqual([written[0]]);
    expect(lastPage.nextCursor).toBeNull();
  });

  it('refuses bad filters', async () => {
    const { session } = await tenantWithAdmin();
    for (const query of [
      '?type=not.a.type',
      '?userId=nope',
      '?from=yesterday',
      '?limit=0',
      '?limit=201',
      '?cursor=-1',
      '?cursor=12345678901234567890',
    ]) {
      const answer = await t.app.inject({
        url: `/api/audit-events${query}`,
        headers: { cookie: session },
      });
      expect(answer.statusCode, query).toBe(400);
      expect(answer.json().error).toBe('validation_error');
    }
  });

  it('is for administrators only: a plain user gets 403', async () => {
    const { tenant } = await tenantWithAdmin();
    const plain = await loginAs(
      t.app,
      credentialsOf(await makeUser(t.db, { tenantId: tenant.id })),
    );
    const answer = await t.app.inject({ url: '/api/audit-events', headers: { cookie: plain } });
    expect(answer.statusCode).toBe(403);
    expect(answer.json().error).toBe('forbidden');
    expect((await t.app.inject({ url: '/api/audit-events' })).statusCode).toBe(401);
  });

  it("shows a reseller acting in a customer that customer's log, and records its actions there under the reseller user", async () => {
    const reseller = await makeReseller(t.db);
    const resellerAdmin = await makeUser(t.db, { tenantId: reseller.id, roles: ['admin'] });
    const resellerSession = await loginAs(t.app, credentialsOf(resellerAdmin));
    const customer = await makeTenant(t.db, { parentId: reseller.id });
    const customerAdmin = await makeUser(t.db, { tenantId: customer.id, roles: ['admin'] });
    const customerSession = await loginAs(t.app, credentialsOf(customerAdmin));
    const customerEvent = await recordEvent(customer.id, 'user.created', {
      actorUserId: customerAdmin.user.id,
      actorTenantId: customer.id,
    });
    // What POST /api/session/tenant does to the session row, done directly here.
    const sessionId = decodeClaims(resellerSession.slice(resellerSession.indexOf('=') + 1))
      .sid as string;
    await t.db.prisma.session.update({
      where: { id: sessionId },
      data: { actingTenantId: customer.id },
    });

    const seen = (await list(resellerSession)).items;
    expect(ids(seen)).toContain(customerEvent);
    // The reseller's own sign-in belongs to the reseller's log, not the customer's.
    expect(seen.map((item) => item.actor?.id)).not.toContain(resellerAdmin.user.id);

    const change = await t.app.inject({
      method: 'PUT',
      url: '/api/tenant/settings',
      headers: { cookie: resellerSession },
      payload: { twoFactorRequiredFor: 'all', twoFactorGraceUntil: null },
    });
    expect(change.statusCode).toBe(200);
    const [latest] = (await list(customerSession, '?type=tenant.settings_changed')).items;
    expect(latest?.actor).toEqual({
      id: resellerAdmin.user.id,
      username: resellerAdmin.user.username,
      displayName: resellerAdmin.user.displayName,
      tenantDomain: reseller.domain,
      deleted: false,
    });
    expect(ids((await list(customerSession, `?userId=${resellerAdmin.user.id}`)).items)).toEqual([
      latest?.id,
    ]);
    const resellerLog = await t.db.prisma.auditEvent.findMany({
      where: { tenantId: reseller.id, type: 'tenant.settings_changed' },
    });
    expect(resellerLog).toEqual([]);
  });
});
