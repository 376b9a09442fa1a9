import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { makeReseller, makeTenant, makeUser } from '../../helpers/factories.js';
import {
  type Credentials,
  credentialsOf,
  postLogin,
  sessionCookieOf,
} from '../../helpers/login.js';
import { createApp, useTestApp } from '../../helpers/test-app.js';
import { decodeClaims } from '../../helpers/tokens.js';

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1';
const MINUTE = 60_000;
// Shared by the apps of this file, so that each accepts the others' session cookies.
const SECRET = randomBytes(32).toString('base64url');

interface SignedIn {
  cookie: string;
  sessionId: string;
}

describe('Account → Sessions API', () => {
  const t = useTestApp({ sessionSecret: SECRET });

  /** Signs in (a plain user needs no 2FA) from a browser; returns the cookie and session id. */
  async function signIn(
    credentials: Credentials,
    userAgent = FIREFOX,
    app: FastifyInstance = t.app,
  ): Promise<SignedIn> {
    const response = await postLogin(app, credentials, { 'user-agent': userAgent });
    expect(response.json().status).toBe('authenticated');
    const cookie = sessionCookieOf(response);
    const sessionId = decodeClaims(cookie.slice(cookie.indexOf('=') + 1)).sid as string;
    return { cookie, sessionId };
  }

  async function plainUser() {
    const made = await makeUser(t.db);
    return { ...made, credentials: credentialsOf(made) };
  }

  const me = (cookie: string) => t.app.inject({ url: '/api/me', headers: { cookie } });
  const list = (cookie: string, app: FastifyInstance = t.app) =>
    app.inject({ url: '/api/sessions', headers: { cookie } });
  const revoke = (cookie: string, sessionId: string) =>
    t.app.inject({ method: 'DELETE', url: `/api/sessions/${sessionId}`, headers: { cookie } });
  const revokeOthers = (cookie: string) =>
    t.app.inject({ method: 'POST', url: '/api/sessions/revoke-others', headers: { cookie } });
  const setSession = (
    id: string,
    data: { lastSeenAt?: Date; expiresAt?: Date; revokedAt?: Date; actingTenantId?: string },
  ) => t.db.prisma.session.update({ where: { id }, data });
  const revokedEvents = (userId: string) =>
    t.db.prisma.auditEvent.findMany({
      where: { actorUserId: userId, type: 'session.revoked' },
      orderBy: { id: 'asc' },
    });

  it('lists only the user’s active sessions, most recently seen first, marking the current one', async () => {
    const { tenant, credentials } = await plainUser();
    const laptop = await signIn(credentials, FIREFOX);
    const phone = await signIn(credentials, SAFARI_IPHONE);
    const revoked = await signIn(credentials);
    const expired = await signIn(credentials);
    const idle = await signIn(credentials);
    await signIn(credentialsOf(await makeUser(t.db, { tenantId: tenant.id })));
    await setSession(laptop.sessionId, { lastSeenAt: new Date(Date.now() - 10 * MINUTE) });
    await setSession(phone.sessionId, { lastSeenAt: new Date(Date.now() - 5 * MINUTE) });
    await setSession(revoked.sessionId, { revokedAt: new Date() });
    await setSession(expired.sessionId, { expiresAt: new Date(Date.now() - 1000) });
    await setSession(idle.sessionId, { lastSeenAt: new Date(Date.now() - 31 * MINUTE) });

    // Asking from the laptop marks it as seen now: it comes first.
    const answer = await list(laptop.cookie);
    expect(answer.statusCode).toBe(200);
    const { items } = answer.json();
    expect(items.map((s: { id: string }) => s.id)).toEqual([laptop.sessionId, phone.sessionId]);
    expect(items[0]).toEqual({
      id: laptop.sessionId,
      current: true,
      browser: 'Firefox',
      system: 'Windows',
      ip: '127.0.0.1',
      createdAt: expect.any(String),
      lastSeenAt: expect.any(String),
      expiresAt: expect.any(String),
      actingTenant: { domain: tenant.domain, name: tenant.name },
    });
    expect(items[1]).toMatchObject({ current: false, browser: 'Safari', system: 'iPhone' });
    const row = await t.db.prisma.session.findUniqueOrThrow({ where: { id: phone.sessionId } });
    expect(items[1].lastSeenAt).toBe(row.lastSeenAt.toISOString());
    expect(items[1].expiresAt).toBe(row.expiresAt.toISOString());
  });

  it('shows the customer a reseller user’s session acts in, and a null label for an unknown agent', async () => {
    const reseller = await makeReseller(t.db);
    const customer = await makeTenant(t.db, { parentId: reseller.id });
    const made = await makeUser(t.db, { tenantId: reseller.id });
    const session = await signIn(credentialsOf(made), 'curl/8.5.0');
    await setSession(session.sessionId, { actingTenantId: customer.id });
    const [item] = (await list(session.cookie)).json().items;
    expect(item).toMatchObject({
      current: true,
      browser: null,
      system: null,
      actingTenant: { domain: customer.domain, name: customer.name },
    });
  });

  it('applies the configured idle timeout', async () => {
    const strict = await createApp(t.db, {
      sessionSecret: SECRET,
      env: { SESSION_IDLE_TIMEOUT_SECONDS: '120' },
    });
    try {
      const { credentials } = await plainUser();
      const current = await signIn(credentials, FIREFOX, strict);
      const idle = await signIn(credentials, FIREFOX, strict);
      // Idle for 3 minutes: over the 2 configured, well under the default 30.
      await setSession(idle.sessionId, { lastSeenAt: new Date(Date.now() - 3 * MINUTE) });
      const ids = (await list(current.cookie, strict))
        .json()
        .items.map((s: { id: string }) => s.id);
      expect(ids).toEqual([current.sessionId]);
      expect((await list(current.cookie)).json().items).toHaveLength(2);
    } finally {
      await strict.close();
    }
  });

  it('revokes another of the user’s sessions: it is signed out at once, this one is not', async () => {
    const { user, credentials } = await plainUser();
    const here = await signIn(credentials);
    const there = await signIn(credentials);
    const answer = await revoke(here.cookie, there.sessionId);
    expect(answer.statusCode).toBe(204);
    expect(answer.body).toBe('');
    expect((await me(there.cookie)).statusCode).toBe(401);
    expect((await me(here.cookie)).statusCode).toBe(200);
    const events = await revokedEvents(user.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      subjectUserId: user.id,
      tenantId: user.tenantId,
      actorTenantId: user.tenantId,
      details: { sessionId: there.sessionId },
    });
    // Already ended: nothing to revoke any more.
    expect((await revoke(here.cookie, there.sessionId)).statusCode).toBe(404);
  });

  it('answers 404 for another user’s session, which stays valid, and for an unknown id', async () => {
    const { credentials, tenant } = await plainUser();
    const attacker = await signIn(credentials);
    const colleague = await signIn(credentialsOf(await makeUser(t.db, { tenantId: tenant.id })));
    const outsider = await signIn(credentialsOf(await makeUser(t.db)));
    for (const victim of [colleague, outsider]) {
      const answer = await revoke(attacker.cookie, victim.sessionId);
      expect(answer.statusCode).toBe(404);
      expect(answer.json()).toEqual({ error: 'not_found', message: 'Not found.' });
      expect((await me(victim.cookie)).statusCode).toBe(200);
    }
    expect((await revoke(attacker.cookie, randomUUID())).statusCode).toBe(404);
    const bad = await revoke(attacker.cookie, 'not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe('validation_error');
  });

  it('revoking the current session signs out here, clearing the cookie as logout does', async () => {
    const { user, credentials } = await plainUser();
    const here = await signIn(credentials);
    const other = await signIn(credentials);
    const answer = await revoke(here.cookie, here.sessionId.toUpperCase());
    expect(answer.statusCode).toBe(204);
    const cleared = answer.cookies.find((c) => c.name === 'portal_session');
    expect(cleared?.value).toBe('');
    expect((await me(here.cookie)).statusCode).toBe(401);
    expect((await me(other.cookie)).statusCode).toBe(200);
    expect((await revokedEvents(user.id))[0]?.details).toEqual({ sessionId: here.sessionId });
  });

  it('revoke-others ends every other session of the user and keeps the current one', async () => {
    const { user, tenant, credentials } = await plainUser();
    const here = await signIn(credentials);
    const others = [await signIn(credentials), await signIn(credentials)];
    const alreadyRevoked = await signIn(credentials);
    await setSession(alreadyRevoked.sessionId, { revokedAt: new Date() });
    const colleague = await signIn(credentialsOf(await makeUser(t.db, { tenantId: tenant.id })));

    const answer = await revokeOthers(here.cookie);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({ revoked: 2 });
    expect((await me(here.cookie)).statusCode).toBe(200);
    for (const other of others) expect((await me(other.cookie)).statusCode).toBe(401);
    expect((await me(colleague.cookie)).statusCode).toBe(200);
    const ids = (await list(here.cookie)).json().items.map((s: { id: string }) => s.id);
    expect(ids).toEqual([here.sessionId]);
    const events = await revokedEvents(user.id);
    expect(events.map((e) => e.details)).toEqual([{ count: 2 }]);

    // Nothing left to end: nothing to record either.
    expect((await revokeOthers(here.cookie)).json()).toEqual({ revoked: 0 });
    expect(await revokedEvents(user.id)).toHaveLength(1);
  });

  it('needs a session', async () => {
    expect((await t.app.inject({ url: '/api/sessions' })).statusCode).toBe(401);
    const del = await t.app.inject({ method: 'DELETE', url: `/api/sessions/${randomUUID()}` });
    expect(del.statusCode).toBe(401);
    const others = await t.app.inject({ method: 'POST', url: '/api/sessions/revoke-others' });
    expect(others.statusCode).toBe(401);
  });
});
