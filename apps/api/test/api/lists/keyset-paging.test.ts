import { describe, expect, it } from 'vitest';
import { makeTenant, makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs } from '../../helpers/login.js';
import { makeCustomers, signedInReseller } from '../../helpers/reseller.js';
import { useTestApp } from '../../helpers/test-app.js';

interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
  total?: number | null;
}

/**
 * Keyset (cursor) paging of the audit log, the users and the customers: stable order, no row
 * twice and none skipped across pages, filters kept, and cursors that stay within the tenant.
 */
describe('keyset paging of the lists', () => {
  const t = useTestApp();

  async function get<Item>(session: string, url: string): Promise<Page<Item>> {
    const answer = await t.app.inject({ url, headers: { cookie: session } });
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json() as Page<Item>;
  }

  /** Every page from the first, following nextCursor. */
  async function walk<Item>(session: string, url: string): Promise<Item[][]> {
    const pages: Item[][] = [];
    let cursor: string | null = null;
    do {
      const separator = url.includes('?') ? '&' : '?';
      const page: Page<Item> = await get<Item>(
        session,
        cursor ? `${url}${separator}cursor=${cursor}` : url,
      );
      pages.push(page.items);
      cursor = page.nextCursor;
    } while (cursor && pages.length < 50);
    return pages;
  }

  async function adminOf(tenantId: string) {
    const admin = await makeUser(t.db, { tenantId, roles: ['admin'] });
    return { admin: admin.user, session: await loginAs(t.app, credentialsOf(admin)) };
  }

  describe('audit log', () => {
    type Event = { id: string; type: string; createdAt: string };

    async function tenantWithEvents(at: Date[], type = 'user.created') {
      const tenant = await makeTenant(t.db);
      const { admin, session } = await adminOf(tenant.id);
      for (const createdAt of at) {
        await t.db.prisma.auditEvent.create({
          data: { tenantId: tenant.id, type, actorUserId: admin.id, createdAt },
        });
      }
      return { tenant, admin, session };
    }

    it('orders events of the same millisecond by id, with no event twice or missing', async () => {
      const same = new Date(Date.UTC(2021, 5, 1, 12));
      const earlier = new Date(Date.UTC(2021, 5, 1, 11));
      const { tenant, session } = await tenantWithEvents([earlier, same, same, same, same, same]);
      const expected = (
        await t.db.prisma.auditEvent.findMany({
          where: { tenantId: tenant.id, type: 'user.created' },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        })
      ).map((event) => event.id.toString());

      const pages = await walk<Event>(session, '/api/audit-events?type=user.created&limit=2');
      expect(pages.map((page) => page.length)).toEqual([2, 2, 2]);
      expect(pages.flat().map((event) => event.id)).toEqual(expected);
      // Within the same millisecond, the newer id first.
      expect(expected.slice(0, 5)).toEqual(
        [...expected.slice(0, 5)].sort((a, b) => Number(BigInt(b) - BigInt(a))),
      );
    });

    it('pages within a time range long ago and keeps the filter on every page', async () => {
      const day = (d: number) => new Date(Date.UTC(2020, 0, d, 12));
      const { session } = await tenantWithEvents([day(1), day(2), day(3), day(4), day(5), day(6)]);
      const range = `from=${day(2).toISOString()}&to=${day(5).toISOString()}`;
      const pages = await walk<Event>(
        session,
        `/api/audit-events?type=user.created&${range}&limit=3`,
      );
      expect(pages.flat().map((event) => event.createdAt)).toEqual(
        [day(5), day(4), day(3), day(2)].map((d) => d.toISOString()),
      );
      expect(pages).toHaveLength(2);
    });

    it("never reaches another tenant's events with a cursor from that tenant's log", async () => {
      const day = (d: number) => new Date(Date.UTC(2019, 0, d, 12));
      const theirs = await tenantWithEvents([day(1), day(2), day(3), day(4)]);
      const mine = await tenantWithEvents([day(1), day(3)]);
      const theirPage = await get<Event>(
        theirs.session,
        '/api/audit-events?type=user.created&limit=1',
      );
      expect(theirPage.nextCursor).not.toBeNull();

      const seen = await get<Event>(
        mine.session,
        `/api/audit-events?type=user.created&cursor=${theirPage.nextCursor}`,
      );
      const mineIds = (
        await t.db.prisma.auditEvent.findMany({ where: { tenantId: mine.tenant.id } })
      ).map((event) => event.id.toString());
      // Only my own events before that position: my day 3 and day 1 events.
      expect(seen.items.map((event) => event.createdAt)).toEqual(
        [day(3), day(1)].map((d) => d.toISOString()),
      );
      for (const event of seen.items) expect(mineIds).toContain(event.id);
    });

    it('refuses a tampered cursor as a validation error, never a server error', async () => {
      const { session } = await tenantWithEvents([new Date()]);
      const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      for (const cursor of [
        'not-a-cursor',
        encode({ createdAt: '2020-01-01T00:00:00.000Z', id: '1' }),
        encode(['2020-01-01T00:00:00.000Z']),
        encode(['yesterday', '1']),
        encode(['2020-13-45T00:00:00.000Z', '1']),
        encode(['2020-01-01T00:00:00.000Z', '-1']),
        encode(['2020-01-01T00:00:00.000Z', '99999999999999999999']),
        encode(['2020-01-01T00:00:00.000Z', 1]),
        `${encode(['2020-01-01T00:00:00.000Z', '1'])}!`,
      ]) {
        const answer = await t.app.inject({
          url: `/api/audit-events?cursor=${encodeURIComponent(cursor)}`,
          headers: { cookie: session },
        });
        expect(answer.statusCode, cursor).toBe(400);
        expect(answer.json().error).toBe('validation_error');
      }
    });
  });

  describe('users', () => {
    type User = { username: string };

    async function tenantWithUsers(usernames: string[]) {
      const tenant = await makeTenant(t.db);
      const { session } = await adminOf(tenant.id);
      for (const username of usernames) {
        await makeUser(t.db, { tenantId: tenant.id, username, displayName: `Name ${username}` });
      }
      return { tenant, session };
    }

    it('pages by username with no user twice or missing, counting only on the first page', async () => {
      const { session } = await tenantWithUsers(['Erin', 'bob', 'Dave', 'carol', 'frank']);
      const all = await get<User>(session, '/api/users?limit=200');
      const first = await get<User>(session, '/api/users?limit=2');
      expect(first.total).toBe(6);
      const second = await get<User>(session, `/api/users?limit=2&cursor=${first.nextCursor}`);
      // A later page does not count the tenant again.
      expect(second.total).toBeNull();

      const pages = await walk<User>(session, '/api/users?limit=2');
      expect(pages.map((page) => page.length)).toEqual([2, 2, 2]);
      expect(pages.flat().map((user) => user.username)).toEqual(
        all.items.map((user) => user.username),
      );
      expect(new Set(pages.flat().map((user) => user.username)).size).toBe(6);
    });

    it('searches a substring case-insensitively, also across pages', async () => {
      const { session } = await tenantWithUsers(['xavier', 'maXine', 'rex', 'bob', 'alexa']);
      const pages = await walk<User>(session, '/api/users?search=X&limit=2');
      expect(pages.flat().map((user) => user.username)).toEqual([
        'alexa',
        'maXine',
        'rex',
        'xavier',
      ]);
      // A term shorter than a trigram, and one within the display name.
      expect((await get<User>(session, '/api/users?search=ob')).items).toHaveLength(1);
      expect((await get<User>(session, '/api/users?search=NAME%20MAX')).items).toHaveLength(1);
    });

    it("keeps another tenant's cursor within the own tenant, and refuses a tampered one", async () => {
      const theirs = await tenantWithUsers(['aa-1', 'aa-2', 'zz-1']);
      const mine = await tenantWithUsers(['bb-1', 'cc-1']);
      const theirPage = await get<User>(theirs.session, '/api/users?limit=2');
      const seen = await get<User>(mine.session, `/api/users?cursor=${theirPage.nextCursor}`);
      const mineAll = await get<User>(mine.session, '/api/users');
      for (const user of seen.items) {
        expect(mineAll.items.map((u) => u.username)).toContain(user.username);
      }
      expect(seen.items.map((user) => user.username)).not.toContain('zz-1');

      const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      for (const cursor of ['%%%', 'e30', encode([]), encode(['a', 'b']), encode([7])]) {
        const answer = await t.app.inject({
          url: `/api/users?cursor=${cursor}`,
          headers: { cookie: mine.session },
        });
        expect(answer.statusCode, cursor).toBe(400);
        expect(answer.json().error).toBe('validation_error');
      }
      const both = await t.app.inject({
        url: `/api/users?offset=1&cursor=${theirPage.nextCursor}`,
        headers: { cookie: mine.session },
      });
      expect(both.statusCode).toBe(400);
    });
  });

  describe('customers', () => {
    type Customer = { id: string; name: string };

    it('heads the first page with the recently used ones, then pages by name without repeats', async () => {
      const { reseller, session } = await signedInReseller(t.app, t.db);
      const made = await makeCustomers(t.db, reseller.id, [
        'delta',
        'Alpha',
        'echo',
        'Bravo',
        'charlie',
        'Foxtrot',
      ]);
      const echo = made.find((c) => c.name === 'echo');
      expect(echo).toBeDefined();
      await t.db.prisma.customerSelection.create({
        data: {
          userId: (await t.db.prisma.user.findFirstOrThrow({ where: { tenantId: reseller.id } }))
            .id,
          tenantId: echo?.id ?? '',
        },
      });

      const first = await get<Customer>(session, '/api/customers?limit=3');
      expect(first.total).toBe(6);
      const pages = await walk<Customer>(session, '/api/customers?limit=3');
      expect(pages.flat().map((c) => c.name)).toEqual([
        'echo',
        'Alpha',
        'Bravo',
        'charlie',
        'delta',
        'Foxtrot',
      ]);
      const second = await get<Customer>(
        session,
        `/api/customers?limit=3&cursor=${first.nextCursor}`,
      );
      expect(second.total).toBeNull();

      // The recently used one only where it matches; every tenant domain ends in ".tenant".
      const searched = await walk<Customer>(session, '/api/customers?search=HA&limit=1');
      expect(searched.flat().map((c) => c.name)).toEqual(['Alpha', 'charlie']);
    });

    it("keeps another reseller's cursor within the own customers, and refuses a tampered one", async () => {
      const theirs = await signedInReseller(t.app, t.db);
      await makeCustomers(t.db, theirs.reseller.id, ['aaa', 'aab', 'zzz']);
      const mine = await signedInReseller(t.app, t.db);
      const myCustomers = await makeCustomers(t.db, mine.reseller.id, ['bbb', 'ccc']);
      const theirPage = await get<Customer>(theirs.session, '/api/customers?limit=2');

      const seen = await get<Customer>(
        mine.session,
        `/api/customers?cursor=${theirPage.nextCursor}`,
      );
      expect(seen.items.map((c) => c.name)).toEqual(['bbb', 'ccc']);
      for (const customer of seen.items) {
        expect(myCustomers.map((c) => c.id)).toContain(customer.id);
      }

      const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      for (const cursor of ['_-_', encode(['bbb']), encode(['bbb', 'not-a-uuid']), encode(null)]) {
        const answer = await t.app.inject({
          url: `/api/customers?cursor=${cursor}`,
          headers: { cookie: mine.session },
        });
        expect(answer.statusCode, cursor).toBe(400);
        expect(answer.json().error).toBe('validation_error');
      }
    });
  });
});
