import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs } from '../../helpers/login.js';
import { createApp, useTestApp } from '../../helpers/test-app.js';
import { craftToken, decodeClaims, sessionClaims } from '../../helpers/tokens.js';

const SECRET = randomBytes(32).toString('base64url');

describe('sessions', () => {
  const ctx = useTestApp({ sessionSecret: SECRET });

  /** Signs a new user in; returns the cookie header, the token and the session row's id. */
  async function signedIn(via = ctx.app) {
    const account = await makeUser(ctx.db);
    const cookie = await loginAs(via, credentialsOf(account));
    const token = cookie.slice(cookie.indexOf('=') + 1);
    const sessionId = decodeClaims(token).sid as string;
    return { cookie, token, sessionId, user: account.user };
  }

  const me = (cookie: string, via = ctx.app) => via.inject({ url: '/api/me', headers: { cookie } });

  const setSession = (id: string, data: { lastSeenAt?: Date; expiresAt?: Date }) =>
    ctx.db.prisma.session.update({ where: { id }, data });

  it('names the session row in the token, with an expiry at the end of the session', async () => {
    const { token, sessionId, user } = await signedIn();
    const row = await ctx.db.prisma.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row.userId).toBe(user.id);
    const exp = decodeClaims(token).exp as number;
    expect(Math.abs(exp * 1000 - row.expiresAt.getTime())).toBeLessThan(2000);
  });

  it('logout revokes the session row and the same cookie gets 401 at once', async () => {
    const { cookie, sessionId, user } = await signedIn();
    expect((await me(cookie)).statusCode).toBe(200);
    const logout = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie },
    });
    expect(logout.statusCode).toBe(204);
    expect(logout.body).toBe('');
    const cleared = logout.cookies.find((c) => c.name === 'portal_session');
    expect(cleared?.value).toBe('');
    const row = await ctx.db.prisma.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row.revokedAt).not.toBeNull();
    const after = await me(cookie);
    expect(after.statusCode).toBe(401);
    // The cookie of a session that was ended says so (and only that).
    expect(after.json()).toEqual({
      error: 'session_revoked',
      message: 'Your session was ended. Sign in again.',
    });
    const events = await ctx.db.prisma.auditEvent.findMany({
      where: { actorUserId: user.id, type: 'logout' },
    });
    expect(events).toHaveLength(1);
  });

  it('logout ends only that session; another sign-in of the same user stays valid', async () => {
    const credentials = credentialsOf(await makeUser(ctx.db));
    const first = await loginAs(ctx.app, credentials);
    const second = await loginAs(ctx.app, credentials);
    await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: first } });
    expect((await me(first)).statusCode).toBe(401);
    expect((await me(second)).statusCode).toBe(200);
  });

  it('logout without a session answers 204 (also with a garbage cookie)', async () => {
    const none = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout' });
    expect(none.statusCode).toBe(204);
    const garbage = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: 'portal_session=garbage' },
    });
    expect(garbage.statusCode).toBe(204);
  });

  it('ends a session idle for longer than 30 minutes', async () => {
    const { cookie, sessionId } = await signedIn();
    await setSession(sessionId, { lastSeenAt: new Date(Date.now() - 31 * 60 * 1000) });
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('keeps a session idle for less than 30 minutes, and refreshes last_seen_at', async () => {
    const { cookie, sessionId } = await signedIn();
    const earlier = new Date(Date.now() - 25 * 60 * 1000);
    await setSession(sessionId, { lastSeenAt: earlier });
    expect((await me(cookie)).statusCode).toBe(200);
    const row = await ctx.db.prisma.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 10_000);
    // So activity keeps it alive: another 25 minutes later it still works.
    await setSession(sessionId, {
      lastSeenAt: new Date(row.lastSeenAt.getTime() - 25 * 60 * 1000),
    });
    expect((await me(cookie)).statusCode).toBe(200);
  });

  it('ends a session at its absolute expiry, however active', async () => {
    const { cookie, sessionId } = await signedIn();
    await setSession(sessionId, { expiresAt: new Date(Date.now() - 1000) });
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('lasts 12 hours at most by default', async () => {
    const { sessionId } = await signedIn();
    const row = await ctx.db.prisma.session.findUniqueOrThrow({ where: { id: sessionId } });
    const lifetime = row.expiresAt.getTime() - row.createdAt.getTime();
    expect(Math.abs(lifetime - 12 * 3600 * 1000)).toBeLessThan(5000);
  });

  it('takes both timeouts from the environment', async () => {
    const custom = await createApp(ctx.db, {
      sessionSecret: SECRET,
      env: { SESSION_IDLE_TIMEOUT_SECONDS: '120', SESSION_ABSOLUTE_TIMEOUT_SECONDS: '3600' },
    });
    try {
      const { cookie, token, sessionId } = await signedIn(custom);
      const row = await ctx.db.prisma.session.findUniqueOrThrow({ where: { id: sessionId } });
      expect(Math.abs(row.expiresAt.getTime() - row.createdAt.getTime() - 3600_000)).toBeLessThan(
        5000,
      );
      expect(
        Math.abs((decodeClaims(token).exp as number) * 1000 - row.expiresAt.getTime()),
      ).toBeLessThan(2000);
      const body = (await me(cookie, custom)).json();
      expect(body.session.idleTimeoutSeconds).toBe(120);

      // Idle for 3 minutes: over the custom 2 minutes, well under the default 30.
      await setSession(sessionId, { lastSeenAt: new Date(Date.now() - 180_000) });
      // Changed behind the apps' back: told as every change to a session is (the cache).
      await custom.sessions.invalidate({ session: sessionId });
      expect((await me(cookie, custom)).statusCode).toBe(401);
      expect((await me(cookie, ctx.app)).statusCode).toBe(200);
    } finally {
      await custom.close();
    }
  });

  it('refuses a deactivated user’s session at once', async () => {
    const { cookie, user } = await signedIn();
    await ctx.db.prisma.user.update({
      where: { id: user.id },
      data: { status: 'deactivated' },
    });
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('refuses a valid token whose session row was deleted', async () => {
    const { cookie, sessionId } = await signedIn();
    await ctx.db.prisma.session.delete({ where: { id: sessionId } });
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('accepts a hand-made token with the right secret and claims (the forgeries below are meaningful)', async () => {
    const { sessionId } = await signedIn();
    const token = craftToken(sessionClaims({ sid: sessionId }), { secret: SECRET });
    expect((await me(`portal_session=${token}`)).statusCode).toBe(200);
  });

  it.each([
    [
      'signed with another secret',
      (sid: string) => craftToken(sessionClaims({ sid }), { secret: 'other-secret' }),
    ],
    [
      'with alg none',
      (sid: string) => craftToken(sessionClaims({ sid }), { alg: 'none', secret: '' }),
    ],
    [
      'signed HS512 with the right secret',
      (sid: string) => craftToken(sessionClaims({ sid }), { alg: 'HS512', secret: SECRET }),
    ],
    [
      'of type pending',
      (sid: string) => craftToken(sessionClaims({ sid, typ: 'pending' }), { secret: SECRET }),
    ],
    [
      'for another audience',
      (sid: string) => craftToken(sessionClaims({ sid, aud: 'other' }), { secret: SECRET }),
    ],
    [
      'expired',
      (sid: string) =>
        craftToken(sessionClaims({ sid, exp: Math.floor(Date.now() / 1000) - 10 }), {
          secret: SECRET,
        }),
    ],
  ])('refuses a forged cookie: a token %s', async (_what, forge) => {
    const { sessionId } = await signedIn();
    const response = await me(`portal_session=${forge(sessionId)}`);
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toBe('unauthenticated');
  });

  it('refuses a token whose payload names another session than it was signed for', async () => {
    const victim = await signedIn();
    const attacker = await signedIn();
    const [header, , signature] = attacker.token.split('.');
    const payload = Buffer.from(
      JSON.stringify({ ...decodeClaims(attacker.token), sid: victim.sessionId }),
    ).toString('base64url');
    expect((await me(`portal_session=${header}.${payload}.${signature}`)).statusCode).toBe(401);
  });

  it.each([
    ['no cookie', undefined],
    ['an empty cookie', 'portal_session='],
    ['garbage', 'portal_session=garbage'],
    ['a token in another cookie name', 'portal_pending=x'],
  ])('answers 401 for %s', async (_what, cookie) => {
    const response = await ctx.app.inject({ url: '/api/me', headers: cookie ? { cookie } : {} });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: 'unauthenticated', message: 'Sign in to continue.' });
  });
});
