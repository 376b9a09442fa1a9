import { describe, expect, it } from 'vitest';
import { scopeToTenant } from '../../src/db/tenant-scope.js';
import { makeTenant, makeUser } from '../helpers/factories.js';
import { useTestDatabase } from '../helpers/test-app.js';

/** The attacks the scope stops, against a real database: another tenant's rows by id. */
describe('tenant scope (Prisma client extension)', () => {
  const t = useTestDatabase();

  async function twoTenants() {
    const mine = await makeUser(t.db, { roles: ['admin'], username: 'mine' });
    const theirs = await makeUser(t.db, { roles: ['admin'], username: 'theirs' });
    const db = scopeToTenant(t.db.prisma, { tenantId: mine.tenant.id, userId: mine.user.id });
    return { db, mine, theirs };
  }

  it("does not find another tenant's user by id, by any read", async () => {
    const { db, mine, theirs } = await twoTenants();
    const id = theirs.user.id;
    expect(await db.user.findUnique({ where: { id } })).toBeNull();
    expect(await db.user.findFirst({ where: { id } })).toBeNull();
    await expect(db.user.findUniqueOrThrow({ where: { id } })).rejects.toThrow();
    expect(await db.user.count({ where: { id } })).toBe(0);
    expect((await db.user.findMany()).map((u) => u.id)).toEqual([mine.user.id]);
    // An OR that names the other tenant does not widen the scope.
    const widened = await db.user.findMany({ where: { OR: [{ tenantId: theirs.tenant.id }] } });
    expect(widened).toEqual([]);
  });

  it("neither changes nor deletes another tenant's rows", async () => {
    const { db, theirs } = await twoTenants();
    const id = theirs.user.id;
    await expect(db.user.update({ where: { id }, data: { displayName: 'x' } })).rejects.toThrow();
    expect((await db.user.updateMany({ where: { id }, data: { displayName: 'x' } })).count).toBe(0);
    await expect(db.user.delete({ where: { id } })).rejects.toThrow();
    expect((await db.user.deleteMany({ where: { id } })).count).toBe(0);
    expect((await db.totpCredential.deleteMany({ where: { userId: id } })).count).toBe(0);
    const untouched = await t.db.prisma.user.findUniqueOrThrow({ where: { id } });
    expect(untouched.displayName).toBe('Test User');
  });

  it('creates in the acting tenant and refuses another', async () => {
    const { db, mine, theirs } = await twoTenants();
    const data = { tenantId: mine.tenant.id, username: 'new', usernameKey: 'new' };
    const created = await db.user.create({ data });
    expect(created.tenantId).toBe(mine.tenant.id);
    await expect(
      db.user.create({ data: { tenantId: theirs.tenant.id, username: 'x', usernameKey: 'x' } }),
    ).rejects.toThrow(/another tenant/);
  });

  it('cannot assign a role of another tenant (scope plus composite key)', async () => {
    const { db, mine, theirs } = await twoTenants();
    const theirAdminRole = await t.db.prisma.role.findFirstOrThrow({
      where: { tenantId: theirs.tenant.id, key: 'admin' },
    });
    await expect(
      db.userRole.create({
        data: { tenantId: mine.tenant.id, userId: mine.user.id, roleId: theirAdminRole.id },
      }),
    ).rejects.toThrow();
  });

  it("sees only the signed-in user's sessions, and only the acting tenant row", async () => {
    const { db, mine, theirs } = await twoTenants();
    const inAnHour = new Date(Date.now() + 3_600_000);
    for (const who of [mine, theirs]) {
      await t.db.prisma.session.create({
        data: { userId: who.user.id, actingTenantId: who.tenant.id, expiresAt: inAnHour },
      });
    }
    const sessions = await db.session.findMany();
    expect(sessions.map((s) => s.userId)).toEqual([mine.user.id]);
    expect((await db.tenant.findMany()).map((x) => x.id)).toEqual([mine.tenant.id]);
  });

  it('refuses raw SQL, which the scope cannot see into', async () => {
    const { db } = await twoTenants();
    await expect(db.$queryRaw`SELECT id FROM users`).rejects.toThrow(/raw SQL/);
    await expect(db.$executeRawUnsafe('DELETE FROM users')).rejects.toThrow(/raw SQL/);
    expect(await t.db.prisma.user.count()).toBeGreaterThanOrEqual(2);
  });

  it('keeps the scope inside an interactive transaction', async () => {
    const { db, theirs } = await twoTenants();
    const seen = await db.$transaction((tx) => tx.user.findMany({ where: { id: theirs.user.id } }));
    expect(seen).toEqual([]);
  });

  it('scopes a different tenant per client: no shared state between requests', async () => {
    const a = await makeTenant(t.db);
    const b = await makeTenant(t.db);
    const ua = await makeUser(t.db, { tenantId: a.id });
    const ub = await makeUser(t.db, { tenantId: b.id });
    const dbA = scopeToTenant(t.db.prisma, { tenantId: a.id, userId: ua.user.id });
    const dbB = scopeToTenant(t.db.prisma, { tenantId: b.id, userId: ub.user.id });
    const [listA, listB] = await Promise.all([dbA.user.findMany(), dbB.user.findMany()]);
    expect(listA.map((u) => u.id)).toEqual([ua.user.id]);
    expect(listB.map((u) => u.id)).toEqual([ub.user.id]);
  });
});
