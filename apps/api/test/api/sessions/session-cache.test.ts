import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LISTENER_APPLICATION_NAME } from '../../../src/db/notifications.js';
import { touchIntervalMs } from '../../../src/plugins/app/session-idle.js';
import { createSecretBox } from '../../../src/security/secret-box.js';
import { makeReseller, makeTenant, makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs } from '../../helpers/login.js';
import { actIn } from '../../helpers/reseller.js';
import { installStatementCounter, statementsDuring } from '../../helpers/statement-count.js';
import { createApp, usesPostgres, useTestApp, useTestDatabase } from '../../helpers/test-app.js';
import { decodeClaims } from '../../helpers/tokens.js';

installStatementCounter();

const me = (app: FastifyInstance, cookie: string) =>
  app.inject({ url: '/api/me', headers: { cookie } });

/** Statements of one authenticated request, with its status. */
async function costOf(app: FastifyInstance, cookie: string) {
  const { result, statements } = await statementsDuring(() => me(app, cookie));
  return { status: result.statusCode, statements };
}

describe('the session check', () => {
  let now = Date.now();
  const t = useTestApp({ clock: () => now });

  it('costs one statement when the session is not in memory, and none when it is', async () => {
    const cookie = await loginAs(t.app, credentialsOf(await makeUser(t.db)));
    expect(await costOf(t.app, cookie)).toEqual({ status: 200, statements: 1 });
    expect(await costOf(t.app, cookie)).toEqual({ status: 200, statements: 0 });
    expect(await costOf(t.app, cookie)).toEqual({ status: 200, statements: 0 });
  });

  it('refreshes the idle timer in that same one statement, once per touch interval', async () => {
    const made = await makeUser(t.db);
    const cookie = await loginAs(t.app, credentialsOf(made));
    const lastSeen = async () =>
      (await t.db.prisma.session.findFirstOrThrow({ where: { userId: made.user.id } })).lastSeenAt;
    const signedInAt = await lastSeen();
    expect(await costOf(t.app, cookie)).toEqual({ status: 200, statements: 1 });
    // Within the touch interval: served from memory, nothing written.
    now += touchIntervalMs(1800) - 1000;
    expect(await costOf(t.app, cookie)).toEqual({ status: 200, statements: 0 });
    expect(await lastSeen()).toEqual(signedInAt);
    // Past it: one statement reads the session and moves last_seen_at on.
    now += 2000;
    expect(await costOf(t.app, cookie)).toEqual({ status: 200, statements: 1 });
    expect((await lastSeen()).getTime()).toBe(now);
    expect(await costOf(t.app, cookie)).toEqual({ status: 200, statements: 0 });
  });

  it('forgets a session at once when it is revoked on this instance', async () => {
    const cookie = await loginAs(t.app, credentialsOf(await makeUser(t.db)));
    expect((await me(t.app, cookie)).statusCode).toBe(200);
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie },
    });
    expect(logout.statusCode).toBe(204);
    expect((await me(t.app, cookie)).statusCode).toBe(401);
  });
});

/**
 * Two instances on one PostgreSQL database, as behind a load balancer, with a fallback TTL far
 * longer than the test: B holds the session in memory, A ends it, and B refuses it on the very
 * next request, for every way a session ends or changes.
 */
describe.skipIf(!usesPostgres())('two instances', () => {
  const database = useTestDatabase();
  const apps: FastifyInstance[] = [];
  let a: FastifyInstance;
  let b: FastifyInstance;

  beforeAll(async () => {
    const shared = {
      sessionSecret: randomBytes(32).toString('base64url'),
      secretBox: createSecretBox(randomBytes(32)),
      env: { SESSION_CACHE_TTL_SECONDS: '60' },
    };
    a = await createApp(database.db, shared);
    b = await createApp(database.db, shared);
    apps.push(a, b);
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
  });

  /**
   * What B answers once the NOTIFY has reached it: the time PostgreSQL takes to deliver it (a few
   * ms; A's response already waited for its own copy), nowhere near the 60 s TTL.
   */
  const onB = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 2000, interval: 5 });
  const refusedOnB = (cookie: string) =>
    onB(async () => expect((await me(b, cookie)).statusCode).toBe(401));

  /** Signed in on A, and known from memory on B: a second request there costs nothing. */
  async function cachedOnB(cookie: string) {
    expect((await me(b, cookie)).statusCode).toBe(200);
    expect(await costOf(b, cookie)).toEqual({ status: 200, statements: 0 });
  }

  const send = (
    method: 'POST' | 'PATCH' | 'DELETE',
    url: string,
    cookie: string,
    payload?: object,
  ) => a.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  async function userWithAdmin(email?: string) {
    const tenant = await makeTenant(database.db);
    const user = await makeUser(database.db, { tenantId: tenant.id, ...(email ? { email } : {}) });
    const admin = await makeUser(database.db, { tenantId: tenant.id, roles: ['admin'] });
    return {
      tenant,
      user,
      cookie: await loginAs(a, credentialsOf(user)),
      adminCookie: await loginAs(a, credentialsOf(admin)),
    };
  }

  const sessionIdOf = (cookie: string) =>
    decodeClaims(cookie.slice(cookie.indexOf('=') + 1)).sid as string;

  it('logout', async () => {
    const { cookie } = await userWithAdmin();
    await cachedOnB(cookie);
    expect((await send('POST', '/api/auth/logout', cookie)).statusCode).toBe(204);
    await refusedOnB(cookie);
  });

  it('revoking one session, and all others', async () => {
    const { user, cookie } = await userWithAdmin();
    const other = await loginAs(a, credentialsOf(user));
    const third = await loginAs(a, credentialsOf(user));
    await cachedOnB(other);
    await cachedOnB(third);
    const revoked = await send('DELETE', `/api/sessions/${sessionIdOf(other)}`, cookie);
    expect(revoked.statusCode).toBe(204);
    await refusedOnB(other);
    expect((await me(b, third)).statusCode).toBe(200);
    expect((await send('POST', '/api/sessions/revoke-others', cookie)).statusCode).toBe(200);
    await refusedOnB(third);
    expect((await me(b, cookie)).statusCode).toBe(200);
  });

  it('a password change (the other sessions)', async () => {
    const { user, cookie } = await userWithAdmin();
    const other = await loginAs(a, credentialsOf(user));
    await cachedOnB(other);
    const changed = await send('POST', '/api/account/password', cookie, {
      currentPassword: user.password,
      newPassword: `a new and long passphrase ${randomBytes(6).toString('hex')}`,
    });
    expect(changed.statusCode).toBe(204);
    await refusedOnB(other);
  });

  it('a password reset', async () => {
    const email = `reset-${randomBytes(4).toString('hex')}@example.test`;
    const { user, cookie, adminCookie } = await userWithAdmin(email);
    await cachedOnB(cookie);
    const requested = await send('POST', `/api/users/${user.user.id}/password-reset`, adminCookie);
    expect(requested.statusCode).toBe(202);
    const mail = await database.db.prisma.outboxMail.findFirstOrThrow({ where: { to: email } });
    const token = /#token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    const reset = await a.inject({
      method: 'POST',
      url: '/api/auth/password/reset',
      payload: { token, password: `another long passphrase ${randomBytes(6).toString('hex')}` },
    });
    expect(reset.statusCode).toBe(200);
    await refusedOnB(cookie);
  });

  it('deactivating and deleting a user, and resetting their 2FA', async () => {
    const deactivated = await userWithAdmin();
    await cachedOnB(deactivated.cookie);
    const patch = await send(
      'PATCH',
      `/api/users/${deactivated.user.user.id}`,
      deactivated.adminCookie,
      {
        status: 'deactivated',
      },
    );
    expect(patch.statusCode).toBe(200);
    await refusedOnB(deactivated.cookie);

    const deleted = await userWithAdmin();
    await cachedOnB(deleted.cookie);
    const removal = await send('DELETE', `/api/users/${deleted.user.user.id}`, deleted.adminCookie);
    expect(removal.statusCode).toBe(204);
    await refusedOnB(deleted.cookie);

    const reset = await userWithAdmin();
    await cachedOnB(reset.cookie);
    const url = `/api/users/${reset.user.user.id}/two-factor/reset`;
    expect((await send('POST', url, reset.adminCookie)).statusCode).toBe(204);
    await refusedOnB(reset.cookie);
  });

  it('a role change', async () => {
    const { user, cookie, adminCookie } = await userWithAdmin();
    await cachedOnB(cookie);
    const patch = await send('PATCH', `/api/users/${user.user.id}`, adminCookie, { role: 'admin' });
    expect(patch.statusCode).toBe(200);
    await onB(async () => expect((await me(b, cookie)).json().user.roles).toEqual(['admin']));
  });

  it('deactivating the tenant', async () => {
    const reseller = await makeReseller(database.db);
    const resellerAdmin = await makeUser(database.db, { tenantId: reseller.id, roles: ['admin'] });
    const customer = await makeTenant(database.db, { parentId: reseller.id });
    const cookie = await loginAs(
      a,
      credentialsOf(await makeUser(database.db, { tenantId: customer.id })),
    );
    await cachedOnB(cookie);
    const adminCookie = await loginAs(a, credentialsOf(resellerAdmin));
    const patch = await send('PATCH', `/api/customers/${customer.id}`, adminCookie, {
      status: 'deactivated',
    });
    expect(patch.statusCode).toBe(200);
    await refusedOnB(cookie);
  });

  it('moving the customer a reseller user acts in to another reseller', async () => {
    const reseller = await makeReseller(database.db);
    const customer = await makeTenant(database.db, { parentId: reseller.id });
    const made = await makeUser(database.db, { tenantId: reseller.id });
    const acting = await actIn(a, await loginAs(a, credentialsOf(made)), customer.id);
    await cachedOnB(acting);
    expect((await me(b, acting)).json().actingTenant.id).toBe(customer.id);
    const elsewhere = await makeReseller(database.db);
    // As the operator CLI does.
    await a.tenants.move(customer.id, elsewhere.id, { kind: 'operator' });
    // The customer left the reseller: not acted in any more.
    await onB(async () => expect((await me(b, acting)).json().error).toBe('customer_unavailable'));
  });

  it('empties the cache when the listening connection comes back, and refuses at once again', async () => {
    const { user, cookie } = await userWithAdmin();
    await cachedOnB(cookie);
    const listensBefore = b.sessions.cacheStatus().listens;
    // Both instances lose their listening connection (an outage, a failover).
    await database.db.prisma.$queryRaw`
      SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE application_name = ${LISTENER_APPLICATION_NAME} AND datname = current_database()`;
    // Ended while B might be deaf, without any notification: B cannot have heard of it.
    await database.db.prisma.session.updateMany({
      where: { userId: user.user.id },
      data: { revokedAt: new Date() },
    });
    await vi.waitFor(() => expect(b.sessions.cacheStatus().listens).toBe(listensBefore + 1), {
      timeout: 10_000,
    });
    await vi.waitFor(() => expect(a.sessions.cacheStatus().listening).toBe(true));
    await refusedOnB(cookie);
    // Listening again: a new session is cached, and a revocation reaches B as before.
    const again = await loginAs(a, credentialsOf(user));
    await cachedOnB(again);
    expect((await send('POST', '/api/auth/logout', again)).statusCode).toBe(204);
    await refusedOnB(again);
  });
});
