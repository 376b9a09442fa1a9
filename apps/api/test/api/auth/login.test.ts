import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createPasswordHasher } from '../../../src/security/password-hasher.js';
import { auditEventsForUser, toJson } from '../../helpers/audit.js';
import { makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs, postLogin, sessionCookieOf } from '../../helpers/login.js';
import { createApp, useTestApp } from '../../helpers/test-app.js';

const INVALID_CREDENTIALS = {
  error: 'invalid_credentials',
  message: 'The tenant domain, username or password is incorrect.',
};

/** The one answer to every failed sign-in: it tells nothing, and sets no cookie. */
function expectInvalidCredentials(response: LightMyRequestResponse) {
  expect(response.statusCode).toBe(401);
  expect(response.json()).toEqual(INVALID_CREDENTIALS);
  expect(response.cookies).toEqual([]);
}

function setCookieHeaders(response: LightMyRequestResponse): string[] {
  const header = response.headers['set-cookie'];
  return header === undefined ? [] : Array.isArray(header) ? header : [header];
}

describe('POST /api/auth/login', () => {
  const ctx = useTestApp();

  it('signs in with tenant domain, username and password, matched case-insensitively', async () => {
    const { user, tenant, password } = await makeUser(ctx.db, { username: 'Alice' });
    const response = await postLogin(ctx.app, {
      tenantDomain: `  ${tenant.domain.toUpperCase()} `,
      username: 'ALICE',
      password,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'authenticated' });
    const me = await ctx.app.inject({
      url: '/api/me',
      headers: { cookie: sessionCookieOf(response) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(user.id);
  });

  it('answers unknown tenant, unknown user and wrong password with the same 401', async () => {
    const { tenant, user } = await makeUser(ctx.db);
    const answers = await Promise.all([
      postLogin(ctx.app, {
        tenantDomain: 'unknown.tenant',
        username: user.username,
        password: 'x',
      }),
      postLogin(ctx.app, { tenantDomain: tenant.domain, username: 'nobody', password: 'x' }),
      postLogin(ctx.app, {
        tenantDomain: tenant.domain,
        username: user.username,
        password: 'wrong',
      }),
    ]);
    for (const answer of answers) expectInvalidCredentials(answer);
  });

  it('issues a new session id at every sign-in', async () => {
    const account = await makeUser(ctx.db);
    const credentials = credentialsOf(account);
    const first = await loginAs(ctx.app, credentials);
    const second = await loginAs(ctx.app, credentials);
    expect(first).not.toBe(second);
    const sessions = await ctx.db.prisma.session.findMany({ where: { userId: account.user.id } });
    expect(new Set(sessions.map((s) => s.id)).size).toBe(2);
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, Path=/ and not Secure over http', async () => {
    const response = await postLogin(ctx.app, credentialsOf(await makeUser(ctx.db)));
    expect(response.statusCode).toBe(200);
    const [cookie, ...others] = setCookieHeaders(response);
    expect(others).toEqual([]);
    expect(cookie).toMatch(/^portal_session=[^;]+/);
    const attributes = (cookie ?? '').split(';').map((a) => a.trim().toLowerCase());
    expect(attributes).toContain('httponly');
    expect(attributes).toContain('samesite=lax');
    expect(attributes).toContain('path=/');
    expect(attributes).not.toContain('secure');
    expect(attributes.some((a) => a.startsWith('domain='))).toBe(false);
  });

  it('over https names the cookie __Host-portal_session: Secure, Path=/, no Domain', async () => {
    const httpsApp = await createApp(ctx.db, {
      env: { PUBLIC_URL: 'https://portal.example.com' },
    });
    try {
      const response = await postLogin(httpsApp, credentialsOf(await makeUser(ctx.db)));
      expect(response.statusCode).toBe(200);
      const [cookie] = setCookieHeaders(response);
      expect(cookie).toMatch(/^__Host-portal_session=[^;]+/);
      const attributes = (cookie ?? '').split(';').map((a) => a.trim().toLowerCase());
      expect(attributes).toEqual(
        expect.arrayContaining(['secure', 'httponly', 'samesite=lax', 'path=/']),
      );
      expect(attributes.some((a) => a.startsWith('domain='))).toBe(false);
      const me = await httpsApp.inject({
        url: '/api/me',
        headers: { cookie: sessionCookieOf(response) },
      });
      expect(me.statusCode).toBe(200);
      // The plain name is not accepted by an https deployment.
      const plain = sessionCookieOf(response).replace('__Host-', '');
      const refused = await httpsApp.inject({ url: '/api/me', headers: { cookie: plain } });
      expect(refused.statusCode).toBe(401);
    } finally {
      await httpsApp.close();
    }
  });

  it('answers a deactivated user with the same 401, also with the right password', async () => {
    const account = await makeUser(ctx.db);
    await ctx.db.prisma.user.update({
      where: { id: account.user.id },
      data: { status: 'deactivated' },
    });
    expectInvalidCredentials(await postLogin(ctx.app, credentialsOf(account)));
  });

  it('answers a user without a password (not yet set, or linked elsewhere) with the same 401', async () => {
    const { tenant, user } = await makeUser(ctx.db, { password: null });
    for (const password of ['anything', 'null', ' ']) {
      const response = await postLogin(ctx.app, {
        tenantDomain: tenant.domain,
        username: user.username,
        password,
      });
      expectInvalidCredentials(response);
    }
  });

  it('writes an audit event for a failure and for a success, without the password', async () => {
    const { tenant, user, password } = await makeUser(ctx.db, {
      password: 'Audit-Me-Not-Pa55word',
    });
    const headers = { 'user-agent': 'audit-test-agent/1.0' };
    const failed = await postLogin(
      ctx.app,
      { tenantDomain: tenant.domain, username: user.username, password: 'Wrong-Pa55word-Guess' },
      headers,
    );
    expect(failed.statusCode).toBe(401);
    const succeeded = await postLogin(
      ctx.app,
      { tenantDomain: tenant.domain, username: user.username, password },
      headers,
    );
    expect(succeeded.statusCode).toBe(200);

    const events = await auditEventsForUser(ctx.db, user.id);
    expect(events.map((e) => e.type)).toEqual(['login.failed', 'login.succeeded']);
    expect(events[0]).toMatchObject({
      tenantId: tenant.id,
      subjectUserId: user.id,
      actorUserId: null,
      userAgent: 'audit-test-agent/1.0',
      details: { tenantDomain: tenant.domain, username: user.usernameKey },
    });
    expect(events[1]).toMatchObject({
      tenantId: tenant.id,
      actorUserId: user.id,
      actorTenantId: tenant.id,
      userAgent: 'audit-test-agent/1.0',
    });
    for (const event of events) expect(event.ip).toBeTruthy();
    const everything = toJson(await ctx.db.prisma.auditEvent.findMany());
    expect(everything).not.toContain('Audit-Me-Not-Pa55word');
    expect(everything).not.toContain('Wrong-Pa55word-Guess');
  });

  it('writes an audit event for an unknown tenant and an unknown user too', async () => {
    const { tenant } = await makeUser(ctx.db);
    await postLogin(ctx.app, {
      tenantDomain: 'nowhere.tenant',
      username: 'ghost-a',
      password: 'x',
    });
    await postLogin(ctx.app, { tenantDomain: tenant.domain, username: 'ghost-b', password: 'x' });
    const rows = await ctx.db.prisma.auditEvent.findMany({
      where: { type: 'login.failed', subjectUserId: null },
    });
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          tenantId: null,
          details: { tenantDomain: 'nowhere.tenant', username: 'ghost-a' },
        }),
        expect.objectContaining({
          tenantId: tenant.id,
          details: { tenantDomain: tenant.domain, username: 'ghost-b' },
        }),
      ]),
    );
  });

  it('records the time of the last sign-in', async () => {
    const account = await makeUser(ctx.db);
    expect(account.user.lastLoginAt).toBeNull();
    const before = Date.now();
    await loginAs(ctx.app, credentialsOf(account));
    const after = await ctx.db.prisma.user.findUniqueOrThrow({ where: { id: account.user.id } });
    expect(after.lastLoginAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(after.lastLoginAt?.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('does not change the last sign-in time on a failed attempt', async () => {
    const { tenant, user } = await makeUser(ctx.db);
    await postLogin(ctx.app, {
      tenantDomain: tenant.domain,
      username: user.username,
      password: 'no',
    });
    const after = await ctx.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.lastLoginAt).toBeNull();
  });

  it('backs the cookie with a session row: user, acting tenant, ip, user agent, 12 h expiry', async () => {
    const account = await makeUser(ctx.db);
    await postLogin(ctx.app, credentialsOf(account), { 'user-agent': 'session-row-test' });
    const [session, ...more] = await ctx.db.prisma.session.findMany({
      where: { userId: account.user.id },
    });
    expect(more).toEqual([]);
    expect(session).toMatchObject({
      actingTenantId: account.tenant.id,
      revokedAt: null,
      userAgent: 'session-row-test',
    });
    expect(session?.ip).toBeTruthy();
    const lifetime = (session?.expiresAt.getTime() ?? 0) - (session?.createdAt.getTime() ?? 0);
    expect(Math.abs(lifetime - 12 * 60 * 60 * 1000)).toBeLessThan(5000);
  });

  it('replaces a hash made with other argon2 parameters at the next sign-in', async () => {
    const productionApp = await createApp(ctx.db, {
      hasher: await createPasswordHasher({ fast: false }),
    });
    try {
      const account = await makeUser(ctx.db);
      expect(account.user.passwordHash).toContain('$m=1024,t=1,p=1$');
      await loginAs(productionApp, credentialsOf(account));
      const after = await ctx.db.prisma.user.findUniqueOrThrow({ where: { id: account.user.id } });
      expect(after.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      // The new hash still opens the account.
      await loginAs(productionApp, credentialsOf(account));
    } finally {
      await productionApp.close();
    }
  });
});
