import { describe, expect, it } from 'vitest';
import { makeTenant, makeUser } from '../../helpers/factories.js';
import { loginAs } from '../../helpers/login.js';
import { useTestApp } from '../../helpers/test-app.js';

describe('GET /api/users', () => {
  const t = useTestApp();

  async function tenantWithAdmin() {
    const tenant = await makeTenant(t.db);
    const admin = await makeUser(t.db, {
      tenantId: tenant.id,
      roles: ['admin'],
      username: 'a-admin',
    });
    const session = await loginAs(t.app, {
      tenantDomain: tenant.domain,
      username: admin.user.username,
      password: admin.password as string,
    });
    return { tenant, admin, session };
  }

  const list = (cookie: string, query = '') =>
    t.app.inject({ url: `/api/users${query}`, headers: { cookie } });

  it("lists the acting tenant's users only, by username, with role, 2FA and RSP state", async () => {
    const { tenant, session } = await tenantWithAdmin();
    const bob = await makeUser(t.db, {
      tenantId: tenant.id,
      username: 'bob',
      email: 'bob@example.test',
    });
    await t.db.prisma.user.update({
      where: { id: bob.user.id },
      data: { externalIssuer: 'https://rsp.example', externalSubject: 'bob-1' },
    });
    await makeUser(t.db, { username: 'outsider' });

    const answer = await list(session);
    expect(answer.statusCode).toBe(200);
    const body = answer.json();
    expect(body.total).toBe(2);
    expect(body.items.map((u: { username: string }) => u.username)).toEqual(['a-admin', 'bob']);
    expect(body.items[0]).toMatchObject({
      roles: ['admin'],
      twoFactorEnabled: true,
      linkedToResellerPortal: false,
    });
    expect(body.items[0].lastLoginAt).toEqual(expect.any(String));
    expect(body.items[1]).toMatchObject({
      email: 'bob@example.test',
      roles: ['user'],
      twoFactorEnabled: false,
      linkedToResellerPortal: true,
      lastLoginAt: null,
      status: 'active',
    });
    expect(JSON.stringify(body)).not.toMatch(/passwordHash|\$argon2/);
  });

  it('searches username, name and e-mail case-insensitively, and pages', async () => {
    const { tenant, session } = await tenantWithAdmin();
    await makeUser(t.db, {
      tenantId: tenant.id,
      username: 'carol',
      displayName: 'Carol Searchable',
    });
    await makeUser(t.db, { tenantId: tenant.id, username: 'dave', email: 'DAVE@Example.test' });
    expect((await list(session, '?search=SEARCHABLE')).json().items).toHaveLength(1);
    expect((await list(session, '?search=dave@example')).json().items[0].username).toBe('dave');
    const page = (await list(session, '?limit=1&offset=1')).json();
    expect(page.total).toBe(3);
    expect(page.items).toHaveLength(1);
    expect(page.items[0].username).toBe('carol');
  });

  it('answers an empty page past the end and for a search without match, with the total', async () => {
    const { tenant, session } = await tenantWithAdmin();
    await makeUser(t.db, { tenantId: tenant.id, username: 'erin' });
    expect((await list(session, '?offset=2')).json()).toEqual({
      items: [],
      total: 2,
      nextCursor: null,
    });
    expect((await list(session, '?search=nobody-like-this')).json()).toEqual({
      items: [],
      total: 0,
      nextCursor: null,
    });
    const trimmed = (await list(session, '?search=%20erin%20&limit=1')).json();
    expect(trimmed.total).toBe(1);
    expect(trimmed.items[0].username).toBe('erin');
  });

  it('answers 403 without users.read and 400 for bad paging', async () => {
    const { tenant, session } = await tenantWithAdmin();
    const plain = await makeUser(t.db, { tenantId: tenant.id });
    const plainSession = await loginAs(t.app, {
      tenantDomain: tenant.domain,
      username: plain.user.username,
      password: plain.password as string,
    });
    expect((await list(plainSession)).statusCode).toBe(403);
    expect((await list(session, '?limit=0')).json()).toMatchObject({
      error: 'validation_error',
      field: 'limit',
    });
    expect((await list(session, '?limit=201')).statusCode).toBe(400);
    expect((await list(session, '?offset=-1')).statusCode).toBe(400);
    expect((await list('')).statusCode).toBe(401);
  });
});
