import { beforeAll, describe, expect, it } from 'vitest';
import { scopeToTenant } from '../../../src/db/tenant-scope.js';
import { makeReseller, makeTenant, makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs } from '../../helpers/login.js';
import { useTestApp } from '../../helpers/test-app.js';

/**
 * 50 tenants with random users (the same usernames recur across tenants on purpose): every list
 * and lookup, through the API and through the scoped client, returns only the acting tenant's
 * rows. The generator is seeded, and the seed is printed, so a failure can be replayed.
 */
const SEED = Number(process.env.ISOLATION_SEED ?? Date.now() % 2 ** 31);
const TENANTS = 50;
const RESELLERS = 5;
const COMMON_NAMES = ['admin', 'alice', 'bob', 'carol', 'dave', 'eve', 'mallory'];

/** mulberry32: small, fast and good enough to pick test data. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32;
  };
}

interface World {
  tenantId: string;
  session: string;
  userIds: string[];
  usernames: string[];
}

describe(`isolation across ${TENANTS} tenants (seed ${SEED})`, () => {
  const t = useTestApp();
  const worlds: World[] = [];
  const next = random(SEED);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;

  beforeAll(async () => {
    const resellers = [];
    for (let r = 0; r < RESELLERS; r++) resellers.push(await makeReseller(t.db));
    for (let i = 0; i < TENANTS; i++) {
      const tenant = await makeTenant(t.db, { parentId: pick(resellers).id });
      const admin = await makeUser(t.db, {
        tenantId: tenant.id,
        roles: ['admin'],
        username: 'admin',
      });
      const names = new Set(['admin']);
      const extra = 1 + Math.floor(next() * 4);
      while (names.size < extra + 1) names.add(pick(COMMON_NAMES) + (next() < 0.5 ? '' : `.${i}`));
      const users = [admin.user];
      for (const username of [...names].slice(1)) {
        const role = next() < 0.3 ? 'admin' : 'user';
        users.push((await makeUser(t.db, { tenantId: tenant.id, roles: [role], username })).user);
      }
      worlds.push({
        tenantId: tenant.id,
        session: await loginAs(t.app, credentialsOf(admin)),
        userIds: users.map((u) => u.id),
        usernames: users.map((u) => u.username),
      });
    }
  }, 120_000);

  const get = (session: string, url: string) => t.app.inject({ url, headers: { cookie: session } });

  it("lists exactly the acting tenant's users, on every page", async () => {
    for (const world of worlds) {
      const seen: string[] = [];
      for (let offset = 0; ; offset += 2) {
        const page = (await get(world.session, `/api/users?limit=2&offset=${offset}`)).json();
        seen.push(...page.items.map((u: { id: string }) => u.id));
        if (offset + 2 >= page.total) break;
      }
      expect(seen.sort()).toEqual([...world.userIds].sort());
    }
  });

  it("finds its own users by id and answers 404 for other tenants' users", async () => {
    for (const world of worlds) {
      for (const id of world.userIds) {
        expect((await get(world.session, `/api/users/${id}`)).statusCode).toBe(200);
      }
      for (let probe = 0; probe < 5; probe++) {
        const other = pick(worlds.filter((w) => w !== world));
        const answer = await get(world.session, `/api/users/${pick(other.userIds)}`);
        expect(answer.statusCode).toBe(404);
      }
    }
  });

  it('searches within the acting tenant only (same usernames elsewhere)', async () => {
    for (const world of worlds) {
      const body = (await get(world.session, '/api/users?search=admin')).json();
      for (const user of body.items) expect(world.userIds).toContain(user.id);
    }
  });

  it("shows only the acting tenant's audit events, settings and the user's own sessions", async () => {
    for (const world of worlds) {
      const events = (await get(world.session, '/api/audit-events?limit=200')).json();
      expect(events.items.length).toBeGreaterThan(0);
      const stored = await t.db.prisma.auditEvent.findMany({
        where: { id: { in: events.items.map((e: { id: string }) => BigInt(e.id)) } },
      });
      expect(stored.every((event) => event.tenantId === world.tenantId)).toBe(true);
      const settings = (await get(world.session, '/api/tenant/settings')).json();
      const tenant = await t.db.prisma.tenant.findUniqueOrThrow({ where: { id: world.tenantId } });
      expect(settings.domain).toBe(tenant.domain);
      const sessions = (await get(world.session, '/api/sessions')).json();
      expect(sessions.items).toHaveLength(1);
    }
  });

  it('scoped clients see only their tenant in every tenant-owned table', async () => {
    for (const world of worlds) {
      const db = scopeToTenant(t.db.prisma, {
        tenantId: world.tenantId,
        userId: world.userIds[0] as string,
      });
      const users = await db.user.findMany({ select: { id: true } });
      expect(users.map((u) => u.id).sort()).toEqual([...world.userIds].sort());
      expect((await db.role.findMany()).every((r) => r.tenantId === world.tenantId)).toBe(true);
      expect((await db.userRole.findMany()).every((r) => r.tenantId === world.tenantId)).toBe(true);
      expect((await db.auditEvent.findMany()).every((e) => e.tenantId === world.tenantId)).toBe(
        true,
      );
      const credentials = await db.totpCredential.findMany({ select: { userId: true } });
      expect(credentials.every((c) => world.userIds.includes(c.userId))).toBe(true);
      const sessions = await db.session.findMany();
      expect(sessions.every((s) => s.userId === world.userIds[0])).toBe(true);
      expect((await db.tenant.findMany()).map((x) => x.id)).toEqual([world.tenantId]);
    }
  });
});
