import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditEventsForUser } from '../../helpers/audit.js';
import { makeReseller, makeTenant, makeUser } from '../../helpers/factories.js';
import { useTestApp } from '../../helpers/test-app.js';
import { actInDirectly, signedIn, type UsersApi } from './manage-helpers.js';

describe('users of other tenants', () => {
  const t = useTestApp();

  /** Every user route with an id, as the given client calls it. */
  const everyCall = (api: UsersApi) =>
    [
      ['GET', (id: string) => api.get(id)],
      ['PATCH', (id: string) => api.update(id, { displayName: 'Taken over', role: 'admin' })],
      ['DELETE', (id: string) => api.remove(id)],
      ['password-reset', (id: string) => api.passwordReset(id)],
      ['two-factor reset', (id: string) => api.twoFactorReset(id)],
    ] as const;

  it("answers 404 for another tenant's user on every route, and changes nothing", async () => {
    const admin = await signedIn(t.app, t.db);
    const outsider = await makeUser(t.db, { roles: ['admin'], email: 'out@example.test' });
    const before = await t.db.prisma.user.findUniqueOrThrow({ where: { id: outsider.user.id } });
    for (const [name, call] of everyCall(admin.api)) {
      for (const id of [outsider.user.id, randomUUID()]) {
        const answer = await call(id);
        expect(answer.statusCode, `${name} ${answer.body}`).toBe(404);
        expect(answer.json()).toEqual({ error: 'not_found', message: 'Not found.' });
      }
    }
    const after = await t.db.prisma.user.findUniqueOrThrow({ where: { id: outsider.user.id } });
    expect(after).toEqual(before);
    expect(await t.db.prisma.userRole.count({ where: { userId: outsider.user.id } })).toBe(1);
    expect(
      await t.db.prisma.passwordResetToken.count({ where: { userId: outsider.user.id } }),
    ).toBe(0);
    expect(await auditEventsForUser(t.db, outsider.user.id)).toEqual([]);
  });

  it('answers 400 for an id that is not a UUID', async () => {
    const admin = await signedIn(t.app, t.db);
    const answer = await admin.api.get('not-a-uuid');
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ error: 'validation_error', field: 'userId' });
  });

  it('answers 403 to a user without users.read, even for their own id', async () => {
    const plain = await signedIn(t.app, t.db, { role: 'user' });
    expect((await plain.api.get(plain.user.id)).statusCode).toBe(403);
  });

  describe('a reseller administrator acting in a customer', () => {
    async function acting() {
      const reseller = await makeReseller(t.db);
      const customer = await makeTenant(t.db, { parentId: reseller.id });
      const otherCustomer = await makeTenant(t.db, { parentId: reseller.id });
      const resellerAdmin = await signedIn(t.app, t.db, { tenantId: reseller.id });
      await actInDirectly(t.db, resellerAdmin.user.id, customer.id);
      const customerAdmin = await makeUser(t.db, { tenantId: customer.id, roles: ['admin'] });
      return { reseller, customer, otherCustomer, resellerAdmin, customerAdmin };
    }

    it("manages the customer's users, and is audited with the reseller identity", async () => {
      const { reseller, customer, resellerAdmin, customerAdmin } = await acting();
      const { api } = resellerAdmin;
      const list = await t.app.inject({
        url: '/api/users',
        headers: { cookie: resellerAdmin.session },
      });
      expect(list.json().items.map((u: { id: string }) => u.id)).toEqual([customerAdmin.user.id]);

      const created = await api.create({
        username: 'helpdesk',
        email: 'helpdesk@example.test',
        role: 'admin',
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id as string;
      const row = await t.db.prisma.user.findUniqueOrThrow({ where: { id } });
      expect(row.tenantId).toBe(customer.id);

      expect((await api.update(id, { displayName: 'Help desk' })).statusCode).toBe(200);
      expect((await api.update(customerAdmin.user.id, { role: 'user' })).statusCode).toBe(200);
      expect((await api.remove(customerAdmin.user.id)).statusCode).toBe(204);

      const events = await auditEventsForUser(t.db, id);
      expect(events.map((e) => e.type)).toEqual(['user.created', 'user.updated']);
      for (const event of events) {
        expect(event).toMatchObject({
          tenantId: customer.id,
          actorUserId: resellerAdmin.user.id,
          actorTenantId: reseller.id,
        });
      }
    });

    it('is not "themselves" there: the guards protect the customer\'s own administrators', async () => {
      const { resellerAdmin, customerAdmin } = await acting();
      // The reseller's own account is no user of the customer.
      expect((await resellerAdmin.api.get(resellerAdmin.user.id)).statusCode).toBe(404);
      expect((await resellerAdmin.api.remove(resellerAdmin.user.id)).statusCode).toBe(404);
      const answer = await resellerAdmin.api.remove(customerAdmin.user.id);
      expect(answer.statusCode).toBe(409);
      expect(answer.json().error).toBe('last_admin');
    });

    it("reaches neither another customer's users nor the reseller's", async () => {
      const { reseller, otherCustomer, resellerAdmin } = await acting();
      const elsewhere = await makeUser(t.db, { tenantId: otherCustomer.id });
      const colleague = await makeUser(t.db, { tenantId: reseller.id });
      for (const [name, call] of everyCall(resellerAdmin.api)) {
        for (const id of [elsewhere.user.id, colleague.user.id]) {
          expect((await call(id)).statusCode, name).toBe(404);
        }
      }
    });
  });
});
