import { describe, expect, it } from 'vitest';
import { auditEventsForUser } from '../../helpers/audit.js';
import { makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs, postLogin } from '../../helpers/login.js';
import { useTestApp } from '../../helpers/test-app.js';
import { meStatus, signedIn } from './manage-helpers.js';

describe('DELETE /api/users/:userId', () => {
  const t = useTestApp();

  it('deletes the user with their sessions and roles, and audits the username', async () => {
    const admin = await signedIn(t.app, t.db);
    const bob = await makeUser(t.db, { tenantId: admin.tenant.id, username: 'bob' });
    const bobSession = await loginAs(t.app, credentialsOf(bob));

    const answer = await admin.api.remove(bob.user.id);
    expect(answer.statusCode).toBe(204);
    expect(answer.body).toBe('');
    expect(await meStatus(t.app, bobSession)).toBe(401);
    expect((await postLogin(t.app, credentialsOf(bob))).statusCode).toBe(401);
    expect((await admin.api.get(bob.user.id)).statusCode).toBe(404);
    expect((await admin.api.remove(bob.user.id)).statusCode).toBe(404);
    expect(await t.db.prisma.session.count({ where: { userId: bob.user.id } })).toBe(0);
    expect(await t.db.prisma.userRole.count({ where: { userId: bob.user.id } })).toBe(0);

    const events = await auditEventsForUser(t.db, bob.user.id);
    expect(events.map((e) => e.type).at(-1)).toBe('user.deleted');
    expect(events.at(-1)).toMatchObject({
      tenantId: admin.tenant.id,
      actorUserId: admin.user.id,
      actorTenantId: admin.tenant.id,
      subjectUserId: bob.user.id,
      details: { username: 'bob' },
    });
  });

  it('frees the username for a new user', async () => {
    const admin = await signedIn(t.app, t.db);
    const bob = await makeUser(t.db, { tenantId: admin.tenant.id, username: 'bob' });
    await admin.api.remove(bob.user.id);
    const again = await admin.api.create({
      username: 'BOB',
      email: 'bob@example.test',
      role: 'user',
    });
    expect(again.statusCode, again.body).toBe(201);
  });

  it('answers 403 to a user without users.manage', async () => {
    const plain = await signedIn(t.app, t.db, { role: 'user' });
    const other = await makeUser(t.db, { tenantId: plain.tenant.id });
    const answer = await plain.api.remove(other.user.id);
    expect(answer.statusCode).toBe(403);
    expect(answer.json().error).toBe('forbidden');
    expect(await t.db.prisma.user.count({ where: { id: other.user.id } })).toBe(1);
  });
});
