import { describe, expect, it } from 'vitest';
import { auditEventsForUser } from '../../helpers/audit.js';
import { makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs, postLogin } from '../../helpers/login.js';
import { useTestApp } from '../../helpers/test-app.js';
import { meStatus, signedIn } from './manage-helpers.js';

describe('PATCH /api/users/:userId', () => {
  const t = useTestApp();

  async function adminWithUser() {
    const admin = await signedIn(t.app, t.db);
    const bob = await makeUser(t.db, {
      tenantId: admin.tenant.id,
      username: 'bob',
      displayName: 'Bob',
      email: 'bob@example.test',
    });
    return { admin, bob };
  }

  it('changes the fields given and audits their names, not their values', async () => {
    const { admin, bob } = await adminWithUser();
    const answer = await admin.api.update(bob.user.id, {
      username: 'Robert',
      displayName: 'Robert B.',
      email: 'robert@example.test',
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toMatchObject({
      id: bob.user.id,
      username: 'Robert',
      displayName: 'Robert B.',
      email: 'robert@example.test',
      roles: ['user'],
      status: 'active',
    });
    const row = await t.db.prisma.user.findUniqueOrThrow({ where: { id: bob.user.id } });
    expect(row.usernameKey).toBe('robert');
    // The new username signs in; the old one does not.
    const password = bob.password as string;
    const credentials = { tenantDomain: admin.tenant.domain, password };
    expect((await postLogin(t.app, { ...credentials, username: 'robert' })).statusCode).toBe(200);
    expect((await postLogin(t.app, { ...credentials, username: 'bob' })).statusCode).toBe(401);

    const events = await auditEventsForUser(t.db, bob.user.id);
    const updated = events.filter((e) => e.type === 'user.updated');
    expect(updated).toHaveLength(1);
    expect(updated[0]).toMatchObject({
      tenantId: admin.tenant.id,
      actorUserId: admin.user.id,
      actorTenantId: admin.tenant.id,
      details: { fields: ['username', 'displayName', 'email'] },
    });
    expect(JSON.stringify(updated[0]?.details)).not.toContain('robert@example.test');
  });

  it('records nothing when nothing changes', async () => {
    const { admin, bob } = await adminWithUser();
    const answer = await admin.api.update(bob.user.id, {
      username: 'bob',
      displayName: 'Bob',
      role: 'user',
      status: 'active',
    });
    expect(answer.statusCode).toBe(200);
    expect(await auditEventsForUser(t.db, bob.user.id)).toEqual([]);
  });

  it('replaces the roles with the one given: promoting grants the permissions at once', async () => {
    const { admin, bob } = await adminWithUser();
    const bobSession = await loginAs(t.app, credentialsOf(bob));
    const before = await t.app.inject({ url: '/api/users', headers: { cookie: bobSession } });
    expect(before.statusCode).toBe(403);

    const answer = await admin.api.update(bob.user.id, { role: 'admin' });
    expect(answer.json().roles).toEqual(['admin']);
    const after = await t.app.inject({ url: '/api/users', headers: { cookie: bobSession } });
    expect(after.statusCode).toBe(200);
    const event = (await auditEventsForUser(t.db, bob.user.id)).at(-1);
    expect(event).toMatchObject({
      type: 'user.updated',
      details: { fields: ['role'], role: 'admin' },
    });

    const demoted = await admin.api.update(bob.user.id, { role: 'user' });
    expect(demoted.json().roles).toEqual(['user']);
    expect(await t.db.prisma.userRole.count({ where: { userId: bob.user.id } })).toBe(1);
  });

  it('deactivation ends the user’s sessions at once; reactivation lets them sign in again', async () => {
    const { admin, bob } = await adminWithUser();
    const bobSession = await loginAs(t.app, credentialsOf(bob));
    expect(await meStatus(t.app, bobSession)).toBe(200);

    const answer = await admin.api.update(bob.user.id, { status: 'deactivated' });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().status).toBe('deactivated');
    expect(await meStatus(t.app, bobSession)).toBe(401);
    const live = await t.db.prisma.session.count({
      where: { userId: bob.user.id, revokedAt: null },
    });
    expect(live).toBe(0);
    expect((await postLogin(t.app, credentialsOf(bob))).statusCode).toBe(401);

    const back = await admin.api.update(bob.user.id, { status: 'active' });
    expect(back.json().status).toBe('active');
    // The old session stays ended; a new sign-in works.
    expect(await meStatus(t.app, bobSession)).toBe(401);
    expect((await postLogin(t.app, credentialsOf(bob))).statusCode).toBe(200);
    const types = (await auditEventsForUser(t.db, bob.user.id)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['user.deactivated', 'user.activated']));
  });

  it('refuses a username another user has, in any case, with 409 username_taken', async () => {
    const { admin, bob } = await adminWithUser();
    await makeUser(t.db, { tenantId: admin.tenant.id, username: 'carol' });
    const answer = await admin.api.update(bob.user.id, { username: 'CAROL' });
    expect(answer.statusCode).toBe(409);
    expect(answer.json()).toMatchObject({ error: 'username_taken', field: 'username' });
    const row = await t.db.prisma.user.findUniqueOrThrow({ where: { id: bob.user.id } });
    expect(row.username).toBe('bob');
  });

  it('lets a username change only its case', async () => {
    const { admin, bob } = await adminWithUser();
    const answer = await admin.api.update(bob.user.id, { username: 'Bob' });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json().username).toBe('Bob');
  });

  it.each([
    ['bad characters', { username: 'no spaces' }, 'username'],
    ['too short', { username: 'x' }, 'username'],
    ['too long', { username: 'x'.repeat(65) }, 'username'],
    ['a bad e-mail', { email: 'nope' }, 'email'],
    ['an unknown status', { status: 'gone' }, 'status'],
    ['an empty body', {}, undefined],
  ])('refuses %s with 400 validation_error', async (_what, body, field) => {
    const { admin, bob } = await adminWithUser();
    const answer = await admin.api.update(bob.user.id, body);
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error).toBe('validation_error');
    if (field) expect(answer.json().field).toBe(field);
  });

  it('drops fields it does not know instead of writing them', async () => {
    const { admin, bob } = await adminWithUser();
    const before = await t.db.prisma.user.findUniqueOrThrow({ where: { id: bob.user.id } });
    const answer = await admin.api.update(bob.user.id, {
      passwordHash: 'x',
      tenantId: admin.tenant.id,
      displayName: 'Bobby',
    });
    expect(answer.statusCode, answer.body).toBe(200);
    const after = await t.db.prisma.user.findUniqueOrThrow({ where: { id: bob.user.id } });
    expect(after).toMatchObject({ passwordHash: before.passwordHash, displayName: 'Bobby' });
  });

  it('refuses to rename an account linked to the reseller portal, but changes its role', async () => {
    const { admin, bob } = await adminWithUser();
    await t.db.prisma.user.update({
      where: { id: bob.user.id },
      data: { externalIssuer: 'https://rsp.example', externalSubject: `bob-${bob.user.id}` },
    });
    const rename = await admin.api.update(bob.user.id, { username: 'robert', role: 'admin' });
    expect(rename.statusCode).toBe(409);
    expect(rename.json().error).toBe('managed_by_reseller_portal');
    expect(rename.json().message).toMatch(/reseller portal/);
    // Nothing of the refused request was applied.
    expect((await admin.api.get(bob.user.id)).json()).toMatchObject({
      username: 'bob',
      roles: ['user'],
    });

    const role = await admin.api.update(bob.user.id, { role: 'admin', status: 'deactivated' });
    expect(role.statusCode, role.body).toBe(200);
    expect(role.json()).toMatchObject({ roles: ['admin'], status: 'deactivated' });
  });

  it('answers 403 to a user without users.manage', async () => {
    const plain = await signedIn(t.app, t.db, { role: 'user' });
    const other = await makeUser(t.db, { tenantId: plain.tenant.id });
    const answer = await plain.api.update(other.user.id, { displayName: 'Hacked' });
    expect(answer.statusCode).toBe(403);
    expect(answer.json().error).toBe('forbidden');
    const self = await plain.api.update(plain.user.id, { role: 'admin' });
    expect(self.statusCode).toBe(403);
  });
});
