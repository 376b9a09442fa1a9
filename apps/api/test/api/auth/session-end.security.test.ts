import { describe, expect, it } from 'vitest';
import { makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs } from '../../helpers/login.js';
import { useTestApp } from '../../helpers/test-app.js';
import { decodeClaims } from '../../helpers/tokens.js';
import { activateAtSignIn } from '../../helpers/two-factor.js';

/**
 * Why a request has no session, as far as its own cookie may know: ended (session_revoked), timed
 * out while idle (session_expired), or none at all (unauthenticated). The SPA words its login
 * page by it; the answer says that much and nothing of who ended it.
 */
describe('why a session ended', () => {
  const t = useTestApp();

  async function twoSessions() {
    const made = await makeUser(t.db);
    const credentials = credentialsOf(made);
    const here = await loginAs(t.app, credentials);
    const elsewhere = await loginAs(t.app, credentials);
    return { ...made, here, elsewhere };
  }

  const sessionIdOf = (cookie: string) =>
    decodeClaims(cookie.slice(cookie.indexOf('=') + 1)).sid as string;
  const me = (cookie?: string) =>
    t.app.inject({ url: '/api/me', headers: cookie ? { cookie } : {} });

  it('answers session_revoked once the owner ended the session from another one', async () => {
    const { here, elsewhere } = await twoSessions();
    const revoked = await t.app.inject({
      method: 'DELETE',
      url: `/api/sessions/${sessionIdOf(here)}`,
      headers: { cookie: elsewhere },
    });
    expect(revoked.statusCode).toBe(204);
    const after = await me(here);
    expect(after.statusCode).toBe(401);
    // Exactly "it was ended": no who, no why.
    expect(after.json()).toEqual({
      error: 'session_revoked',
      message: 'Your session was ended. Sign in again.',
    });
    expect((await me(elsewhere)).statusCode).toBe(200);
  });

  it('answers session_revoked once an administrator deactivated the account', async () => {
    const { user, tenant, here } = await twoSessions();
    const admin = await makeUser(t.db, { tenantId: tenant.id, roles: ['admin'] });
    const { session: adminSession } = await activateAtSignIn(t.app, credentialsOf(admin));
    const deactivated = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: { cookie: adminSession },
      payload: { status: 'deactivated' },
    });
    expect(deactivated.statusCode, deactivated.body).toBe(200);
    expect((await me(here)).json().error).toBe('session_revoked');
  });

  it('answers session_revoked to the cookie of a session that was signed out', async () => {
    const { here } = await twoSessions();
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: here } });
    expect((await me(here)).json().error).toBe('session_revoked');
  });

  it('answers session_expired once the idle timeout passed', async () => {
    const { here } = await twoSessions();
    const id = sessionIdOf(here);
    await t.db.prisma.session.update({
      where: { id },
      data: { lastSeenAt: new Date(Date.now() - 31 * 60 * 1000) },
    });
    await t.app.sessions.invalidate({ session: id });
    const after = await me(here);
    expect(after.statusCode).toBe(401);
    expect(after.json()).toEqual({
      error: 'session_expired',
      message: 'Your session expired. Sign in again.',
    });
  });

  it('answers unauthenticated without a session cookie, or with one it cannot read', async () => {
    expect((await me()).json().error).toBe('unauthenticated');
    expect((await me('portal_session=garbage')).json().error).toBe('unauthenticated');
  });

  it('lets logout answer 204 with an ended session', async () => {
    const { here, elsewhere } = await twoSessions();
    await t.app.inject({
      method: 'DELETE',
      url: `/api/sessions/${sessionIdOf(here)}`,
      headers: { cookie: elsewhere },
    });
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: here },
    });
    expect(logout.statusCode).toBe(204);
  });
});
