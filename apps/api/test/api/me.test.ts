import { describe, expect, it } from 'vitest';
import { makeReseller, makeTenant, makeUser } from '../helpers/factories.js';
import { credentialsOf, loginAs } from '../helpers/login.js';
import { useTestApp } from '../helpers/test-app.js';

describe('GET /api/me', () => {
  const ctx = useTestApp();

  async function meAs(overrides: Parameters<typeof makeUser>[1]) {
    const account = await makeUser(ctx.db, overrides);
    const cookie = await loginAs(ctx.app, credentialsOf(account));
    const response = await ctx.app.inject({ url: '/api/me', headers: { cookie } });
    return { response, user: account.user, tenant: account.tenant };
  }

  it('answers 401 unauthenticated without a cookie', async () => {
    const response = await ctx.app.inject({ url: '/api/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: 'unauthenticated', message: 'Sign in to continue.' });
  });

  it('answers 401 unauthenticated with a garbage cookie', async () => {
    const response = await ctx.app.inject({
      url: '/api/me',
      headers: { cookie: 'portal_session=eyJhbGciOiJIUzI1NiJ9.garbage.garbage' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toBe('unauthenticated');
  });

  it('describes a customer administrator: user, roles, tenants, permissions, session', async () => {
    const tenant = await makeTenant(ctx.db, { name: 'Acme Corporation' });
    const { response, user } = await meAs({
      tenantId: tenant.id,
      username: 'Ada.Admin',
      displayName: 'Ada Admin',
      email: 'ada@acme.example',
      roles: ['admin'],
    });
    expect(response.statusCode).toBe(200);
    const summary = {
      id: tenant.id,
      domain: tenant.domain,
      name: 'Acme Corporation',
      kind: 'customer',
    };
    const body = response.json();
    expect(body).toEqual({
      user: {
        id: user.id,
        username: 'Ada.Admin',
        displayName: 'Ada Admin',
        email: 'ada@acme.example',
        roles: ['admin'],
        // Administrators must use 2FA: signing in took them through activation.
        twoFactorEnabled: true,
        // The language of the user's mails (English unless chosen).
        language: 'en',
      },
      tenant: summary,
      actingTenant: summary,
      permissions: [
        'portal.access',
        'account.manage',
        'users.read',
        'users.manage',
        'tenant.settings.manage',
        'audit.read',
      ],
      twoFactor: { enabled: true, authenticatorApp: true, required: true, graceUntil: null },
      session: { authMethod: 'local', expiresAt: expect.any(String), idleTimeoutSeconds: 1800 },
    });
    const expiresIn = Date.parse(body.session.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(11.9 * 3600 * 1000);
    expect(expiresIn).toBeLessThanOrEqual(12 * 3600 * 1000);
  });

  it('gives a customer user only portal.access and account.manage', async () => {
    const { response } = await meAs({ roles: ['user'] });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user.roles).toEqual(['user']);
    expect(body.permissions).toEqual(['portal.access', 'account.manage']);
    expect(body.permissions).not.toContain('users.manage');
  });

  it('lists every role of a user with several, sorted, and the union of their permissions', async () => {
    const { response } = await meAs({ roles: ['user', 'admin'] });
    const body = response.json();
    expect(body.user.roles).toEqual(['admin', 'user']);
    expect(body.permissions).toContain('users.manage');
    expect(new Set(body.permissions).size).toBe(body.permissions.length);
  });

  it('gives a reseller user the customer selection, acting in their own tenant at first', async () => {
    const reseller = await makeReseller(ctx.db, { name: 'Demo Reseller' });
    const { response } = await meAs({ tenantId: reseller.id, roles: ['admin'] });
    const body = response.json();
    expect(body.tenant).toMatchObject({ id: reseller.id, kind: 'reseller' });
    expect(body.actingTenant).toEqual(body.tenant);
    expect(body.permissions).toContain('customers.select');
  });

  it('refuses a signed-in user without portal.access with 403 forbidden', async () => {
    const { response } = await meAs({ roles: [] });
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toBe('forbidden');
  });

  it('never answers with the password hash or other internals', async () => {
    const { response } = await meAs({ roles: ['admin'] });
    expect(response.body).not.toMatch(/argon2|password|passwordHash|usernameKey/i);
  });

  it('shows the data of the cookie’s user only (two users, two answers)', async () => {
    const a = await meAs({ roles: ['user'] });
    const b = await meAs({ roles: ['user'] });
    expect(a.response.json().user.id).toBe(a.user.id);
    expect(b.response.json().user.id).toBe(b.user.id);
    expect(a.response.json().tenant.id).not.toBe(b.response.json().tenant.id);
  });
});
