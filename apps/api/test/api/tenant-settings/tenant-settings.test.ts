import { describe, expect, it } from 'vitest';
import { makeTenant, makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs, postLogin } from '../../helpers/login.js';
import { useTestApp } from '../../helpers/test-app.js';

const DAY = 24 * 3600 * 1000;

describe('Tenant settings API', () => {
  const t = useTestApp();

  /** A tenant with a signed-in administrator (who activated 2FA at sign-in). */
  async function tenantWithAdmin() {
    const tenant = await makeTenant(t.db);
    const admin = await makeUser(t.db, { tenantId: tenant.id, roles: ['admin'] });
    const session = await loginAs(t.app, credentialsOf(admin));
    return { tenant, admin, session };
  }

  const read = (cookie: string) =>
    t.app.inject({ url: '/api/tenant/settings', headers: { cookie } });
  const write = (cookie: string, payload: object) =>
    t.app.inject({ method: 'PUT', url: '/api/tenant/settings', headers: { cookie }, payload });

  it('shows the policy and counts the active required users who lack 2FA', async () => {
    const { tenant, session } = await tenantWithAdmin();
    const secondAdmin = await makeUser(t.db, { tenantId: tenant.id, roles: ['admin'] });
    // Started activating but never confirmed: still lacking.
    await t.db.prisma.totpCredential.create({
      data: { userId: secondAdmin.user.id, encryptedSecret: 'x', keyId: 'k' },
    });
    const departed = await makeUser(t.db, { tenantId: tenant.id, roles: ['admin'] });
    await t.db.prisma.user.update({
      where: { id: departed.user.id },
      data: { status: 'deactivated' },
    });
    await makeUser(t.db, { tenantId: tenant.id });
    await makeUser(t.db, { tenantId: tenant.id });
    await makeUser(t.db, { roles: ['admin'] });

    const answer = await read(session);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({
      domain: tenant.domain,
      name: tenant.name,
      twoFactorRequiredFor: 'admins',
      twoFactorGraceUntil: null,
      usersRequiringTwoFactor: 2,
      usersLackingTwoFactor: 1,
    });

    const all = await write(session, { twoFactorRequiredFor: 'all', twoFactorGraceUntil: null });
    expect(all.statusCode).toBe(200);
    expect(all.json()).toMatchObject({ usersRequiringTwoFactor: 4, usersLackingTwoFactor: 3 });
    expect((await read(session)).json()).toMatchObject({ twoFactorRequiredFor: 'all' });
  });

  it('saves the policy and a future grace deadline, audited with the old and new values', async () => {
    const { tenant, admin, session } = await tenantWithAdmin();
    const other = await makeTenant(t.db);
    const graceUntil = new Date(Date.now() + 7 * DAY).toISOString();

    const answer = await write(session, {
      twoFactorRequiredFor: 'all',
      twoFactorGraceUntil: graceUntil,
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({
      domain: tenant.domain,
      twoFactorRequiredFor: 'all',
      twoFactorGraceUntil: graceUntil,
    });
    const saved = await t.db.prisma.tenant.findUniqueOrThrow({ where: { id: tenant.id } });
    expect(saved.twoFactorRequiredFor).toBe('all');
    expect(saved.twoFactorGraceUntil?.toISOString()).toBe(graceUntil);
    const untouched = await t.db.prisma.tenant.findUniqueOrThrow({ where: { id: other.id } });
    expect(untouched).toMatchObject({ twoFactorRequiredFor: 'admins', twoFactorGraceUntil: null });

    const back = await write(session, {
      twoFactorRequiredFor: 'admins',
      twoFactorGraceUntil: null,
    });
    expect(back.json()).toMatchObject({
      twoFactorRequiredFor: 'admins',
      twoFactorGraceUntil: null,
    });
    // Saving without a change records nothing.
    await write(session, { twoFactorRequiredFor: 'admins', twoFactorGraceUntil: null });

    const events = await t.db.prisma.auditEvent.findMany({
      where: { tenantId: tenant.id, type: 'tenant.settings_changed' },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => e.details)).toEqual([
      {
        from: { twoFactorRequiredFor: 'admins', twoFactorGraceUntil: null },
        to: { twoFactorRequiredFor: 'all', twoFactorGraceUntil: graceUntil },
      },
      {
        from: { twoFactorRequiredFor: 'all', twoFactorGraceUntil: graceUntil },
        to: { twoFactorRequiredFor: 'admins', twoFactorGraceUntil: null },
      },
    ]);
    expect(events[0]).toMatchObject({ actorUserId: admin.user.id, actorTenantId: tenant.id });
  });

  it('refuses a grace deadline in the past, naming the field', async () => {
    const { tenant, session } = await tenantWithAdmin();
    const answer = await write(session, {
      twoFactorRequiredFor: 'all',
      twoFactorGraceUntil: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toEqual({
      error: 'validation_error',
      field: 'twoFactorGraceUntil',
      message: expect.stringMatching(/future/),
    });
    const saved = await t.db.prisma.tenant.findUniqueOrThrow({ where: { id: tenant.id } });
    expect(saved.twoFactorRequiredFor).toBe('admins');
  });

  it.each([
    [{ twoFactorRequiredFor: 'nobody', twoFactorGraceUntil: null }],
    [{ twoFactorRequiredFor: 'all' }],
    [{ twoFactorRequiredFor: 'all', twoFactorGraceUntil: 'tomorrow' }],
  ])('refuses a malformed body %j', async (payload) => {
    const { session } = await tenantWithAdmin();
    const answer = await write(session, payload);
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error).toBe('validation_error');
  });

  it('changes nothing but the policy, whatever else the body carries', async () => {
    const { tenant, session } = await tenantWithAdmin();
    const answer = await write(session, {
      twoFactorRequiredFor: 'all',
      twoFactorGraceUntil: null,
      domain: 'evil.tenant',
      name: 'Evil',
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(answer.statusCode).toBe(200);
    const saved = await t.db.prisma.tenant.findUniqueOrThrow({ where: { id: tenant.id } });
    expect(saved).toMatchObject({ domain: tenant.domain, name: tenant.name });
  });

  it('is for administrators only: a plain user gets 403', async () => {
    const { tenant } = await tenantWithAdmin();
    const plain = await loginAs(
      t.app,
      credentialsOf(await makeUser(t.db, { tenantId: tenant.id })),
    );
    const get = await read(plain);
    expect(get.statusCode).toBe(403);
    expect(get.json().error).toBe('forbidden');
    const put = await write(plain, { twoFactorRequiredFor: 'all', twoFactorGraceUntil: null });
    expect(put.statusCode).toBe(403);
    const saved = await t.db.prisma.tenant.findUniqueOrThrow({ where: { id: tenant.id } });
    expect(saved.twoFactorRequiredFor).toBe('admins');
    expect((await t.app.inject({ url: '/api/tenant/settings' })).statusCode).toBe(401);
  });

  it('requiring 2FA of every user makes a plain user without 2FA activate it at the next sign-in', async () => {
    const { tenant, session } = await tenantWithAdmin();
    const plain = credentialsOf(await makeUser(t.db, { tenantId: tenant.id }));
    expect((await postLogin(t.app, plain)).json().status).toBe('authenticated');

    await write(session, { twoFactorRequiredFor: 'all', twoFactorGraceUntil: null });
    expect((await postLogin(t.app, plain)).json().status).toBe('totp_enrollment_required');

    // With a grace deadline ahead, they may still come in without it.
    const graceUntil = new Date(Date.now() + DAY).toISOString();
    await write(session, { twoFactorRequiredFor: 'all', twoFactorGraceUntil: graceUntil });
    expect((await postLogin(t.app, plain)).json().status).toBe('authenticated');
  });
});
