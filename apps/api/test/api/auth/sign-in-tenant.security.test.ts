import { describe, expect, it } from 'vitest';
import { makeTenant, makeUser } from '../../helpers/factories.js';
import { postLogin } from '../../helpers/login.js';
import { useTestApp } from '../../helpers/test-app.js';

/**
 * The sign-in reads the account with raw SQL, around the central tenant scope: its tenant
 * condition is explicit, and this is what holds it.
 */
describe('sign-in finds a user only in the tenant of the domain typed', () => {
  const ctx = useTestApp();

  it('signs in the user of that tenant, never the namesake of another tenant', async () => {
    const first = await makeTenant(ctx.db);
    const second = await makeTenant(ctx.db);
    const ours = await makeUser(ctx.db, {
      tenantId: first.id,
      username: 'namesake',
      password: 'first tenant password',
    });
    await makeUser(ctx.db, {
      tenantId: second.id,
      username: 'namesake',
      password: 'second tenant password',
    });
    const wrongTenant = await postLogin(ctx.app, {
      tenantDomain: first.domain,
      username: 'namesake',
      password: 'second tenant password',
    });
    expect(wrongTenant.statusCode).toBe(401);
    const right = await postLogin(ctx.app, {
      tenantDomain: first.domain,
      username: 'namesake',
      password: 'first tenant password',
    });
    expect(right.statusCode).toBe(200);
    const cookie = right.cookies.find((c) => c.name.endsWith('portal_session'));
    const me = await ctx.app.inject({
      url: '/api/me',
      headers: { cookie: `${cookie?.name}=${cookie?.value}` },
    });
    expect(me.json().user.id).toBe(ours.user.id);
  });

  it('treats a deactivated tenant as unknown, also with the right password', async () => {
    const { tenant, user, password } = await makeUser(ctx.db);
    await ctx.db.prisma.tenant.update({
      where: { id: tenant.id },
      data: { status: 'deactivated' },
    });
    const response = await postLogin(ctx.app, {
      tenantDomain: tenant.domain,
      username: user.username,
      password,
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toBe('invalid_credentials');
  });
});
