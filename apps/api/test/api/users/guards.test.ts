import { describe, expect, it } from 'vitest';
import { makeReseller, makeTenant, makeUser } from '../../helpers/factories.js';
import { useTestApp } from '../../helpers/test-app.js';
import { actInDirectly, signedIn } from './manage-helpers.js';

describe('user management guards', () => {
  const t = useTestApp();

  /** A reseller admin acting in a customer whose only administrator is `admin`. */
  async function resellerInCustomer() {
    const reseller = await makeReseller(t.db);
    const customer = await makeTenant(t.db, { parentId: reseller.id });
    const resellerAdmin = await signedIn(t.app, t.db, { tenantId: reseller.id });
    await actInDirectly(t.db, resellerAdmin.user.id, customer.id);
    const admin = await makeUser(t.db, { tenantId: customer.id, roles: ['admin'] });
    return { customer, api: resellerAdmin.api, admin };
  }

  const activeAdmins = (tenantId: string) =>
    t.db.prisma.userRole.count({
      where: { tenantId, role: { key: 'admin' }, user: { status: 'active' } },
    });

  describe('an administrator and their own account', () => {
    it.each([
      ['remove their own admin role', { role: 'user' }, /own admin role/],
      ['deactivate themselves', { status: 'deactivated' }, /deactivate your own account/],
    ])('cannot %s (409 own_account)', async (_what, body, message) => {
      const admin = await signedIn(t.app, t.db);
      // Another admin exists, so this is about "own", not about "last".
      await makeUser(t.db, { tenantId: admin.tenant.id, roles: ['admin'] });
      const answer = await admin.api.update(admin.user.id, body);
      expect(answer.statusCode).toBe(409);
      expect(answer.json().error).toBe('own_account');
      expect(answer.json().message).toMatch(message);
      expect((await admin.api.get(admin.user.id)).json()).toMatchObject({
        roles: ['admin'],
        status: 'active',
      });
    });

    it('cannot delete themselves (409 own_account)', async () => {
      const admin = await signedIn(t.app, t.db);
      await makeUser(t.db, { tenantId: admin.tenant.id, roles: ['admin'] });
      const answer = await admin.api.remove(admin.user.id);
      expect(answer.statusCode).toBe(409);
      expect(answer.json()).toMatchObject({ error: 'own_account' });
      expect(answer.json().message).toMatch(/delete your own account/);
      expect(await t.db.prisma.user.count({ where: { id: admin.user.id } })).toBe(1);
    });

    it('can still edit their own name, e-mail and username, and keep the admin role', async () => {
      const admin = await signedIn(t.app, t.db);
      const answer = await admin.api.update(admin.user.id, {
        username: 'me-renamed',
        displayName: 'Me',
        email: 'me@example.test',
        role: 'admin',
        status: 'active',
      });
      expect(answer.statusCode, answer.body).toBe(200);
      expect(answer.json()).toMatchObject({ username: 'me-renamed', roles: ['admin'] });
    });

    it('may demote, deactivate and delete another administrator', async () => {
      const admin = await signedIn(t.app, t.db);
      const other = await makeUser(t.db, { tenantId: admin.tenant.id, roles: ['admin'] });
      expect((await admin.api.update(other.user.id, { role: 'user' })).statusCode).toBe(200);
      expect((await admin.api.update(other.user.id, { role: 'admin' })).statusCode).toBe(200);
      const off = await admin.api.update(other.user.id, { status: 'deactivated' });
      expect(off.statusCode).toBe(200);
      expect((await admin.api.remove(other.user.id)).statusCode).toBe(204);
      expect(await activeAdmins(admin.tenant.id)).toBe(1);
    });
  });

  describe('the last active administrator', () => {
    it.each([
      ['demoted', { role: 'user' }],
      ['deactivated', { status: 'deactivated' }],
    ])('cannot be %s (409 last_admin)', async (_what, body) => {
      const { customer, api, admin } = await resellerInCustomer();
      const answer = await api.update(admin.user.id, body);
      expect(answer.statusCode).toBe(409);
      expect(answer.json().error).toBe('last_admin');
      expect(answer.json().message).toMatch(/last active administrator/);
      expect(await activeAdmins(customer.id)).toBe(1);
    });

    it('cannot be deleted (409 last_admin)', async () => {
      const { customer, api, admin } = await resellerInCustomer();
      const answer = await api.remove(admin.user.id);
      expect(answer.statusCode).toBe(409);
      expect(answer.json().error).toBe('last_admin');
      expect(await activeAdmins(customer.id)).toBe(1);
    });

    it('does not count deactivated administrators', async () => {
      const { customer, api, admin } = await resellerInCustomer();
      const dormant = await makeUser(t.db, { tenantId: customer.id, roles: ['admin'] });
      await t.db.prisma.user.update({
        where: { id: dormant.user.id },
        data: { status: 'deactivated' },
      });
      expect((await api.update(admin.user.id, { role: 'user' })).json().error).toBe('last_admin');
      // A deactivated administrator is no last one: it may go.
      expect((await api.remove(dormant.user.id)).statusCode).toBe(204);
    });

    it('may go once another user is made an administrator', async () => {
      const { customer, api, admin } = await resellerInCustomer();
      const bob = await makeUser(t.db, { tenantId: customer.id });
      expect((await api.update(bob.user.id, { role: 'admin' })).statusCode).toBe(200);
      expect((await api.update(admin.user.id, { role: 'user' })).statusCode).toBe(200);
      expect(await activeAdmins(customer.id)).toBe(1);
    });

    it('changes nothing else of a refused request', async () => {
      const { api, admin } = await resellerInCustomer();
      const answer = await api.update(admin.user.id, { displayName: 'Renamed', role: 'user' });
      expect(answer.statusCode).toBe(409);
      expect((await api.get(admin.user.id)).json().displayName).toBe('Test User');
    });

    it('survives two simultaneous demotions of the last two administrators', async () => {
      for (let round = 0; round < 3; round += 1) {
        const { customer, api, admin } = await resellerInCustomer();
        const second = await makeUser(t.db, { tenantId: customer.id, roles: ['admin'] });
        const answers = await Promise.all([
          api.update(admin.user.id, { role: 'user' }),
          api.update(second.user.id, { role: 'user' }),
        ]);
        expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
        expect(answers.find((a) => a.statusCode === 409)?.json().error).toBe('last_admin');
        expect(await activeAdmins(customer.id)).toBe(1);
      }
    });

    it('survives a simultaneous deactivation and deletion of the last two administrators', async () => {
      const { customer, api, admin } = await resellerInCustomer();
      const second = await makeUser(t.db, { tenantId: customer.id, roles: ['admin'] });
      const answers = await Promise.all([
        api.update(admin.user.id, { status: 'deactivated' }),
        api.remove(second.user.id),
      ]);
      const [deactivation, deletion] = answers.map((a) => a.statusCode);
      expect([deactivation, deletion]).toSatisfy(
        ([off, gone]) => (off === 200 && gone === 409) || (off === 409 && gone === 204),
      );
      expect(answers.find((a) => a.statusCode === 409)?.json().error).toBe('last_admin');
      expect(await activeAdmins(customer.id)).toBe(1);
    });

    it('two administrators demoting each other at once leave one administrator', async () => {
      const a = await signedIn(t.app, t.db);
      const b = await signedIn(t.app, t.db, { tenantId: a.tenant.id });
      const answers = await Promise.all([
        a.api.update(b.user.id, { role: 'user' }),
        b.api.update(a.user.id, { role: 'user' }),
      ]);
      // The loser is refused: 409 last_admin, or 403 if it was already demoted when it arrived.
      expect(answers.filter((x) => x.statusCode === 200)).toHaveLength(1);
      const loser = answers.find((x) => x.statusCode !== 200);
      expect([403, 409]).toContain(loser?.statusCode);
      expect(await activeAdmins(a.tenant.id)).toBe(1);
    });
  });
});
