import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../helpers/factories.js';
import { credentialsOf } from '../helpers/login.js';
import { useTestApp } from '../helpers/test-app.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('over real HTTP', () => {
  const ctx = useTestApp();
  let base: string;

  beforeAll(async () => {
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  });

  it('signs in, uses the session cookie, signs out, and the cookie stops working', async () => {
    const account = await makeUser(ctx.db);
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentialsOf(account)),
    });
    expect(login.status).toBe(200);
    expect(await login.json()).toEqual({ status: 'authenticated' });
    const [setCookie, ...more] = login.headers.getSetCookie();
    expect(more).toEqual([]);
    expect(setCookie).toMatch(/^portal_session=[^;]+;/);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
    const cookie = (setCookie ?? '').split(';')[0] ?? '';

    const me = await fetch(`${base}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { id: string } }).user.id).toBe(account.user.id);

    const logout = await fetch(`${base}/api/auth/logout`, { method: 'POST', headers: { cookie } });
    expect(logout.status).toBe(204);
    expect(logout.headers.getSetCookie().join()).toMatch(/portal_session=;/);

    const after = await fetch(`${base}/api/me`, { headers: { cookie } });
    expect(after.status).toBe(401);
    // A cookie of an ended session says so (never by whom), unlike no cookie at all.
    expect(await after.json()).toEqual({
      error: 'session_revoked',
      message: 'Your session was ended. Sign in again.',
    });
  });

  it('sends strict security headers and no X-Powered-By', async () => {
    for (const path of ['/api/health', '/api/me', '/api/nothing']) {
      const response = await fetch(`${base}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("style-src 'self';");
      expect(csp).toContain("script-src 'self';");
      // Both say: never in a frame.
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('server')).toBeNull();
    }
  });

  it('sends no HSTS over http (it would pin a local deployment to https)', async () => {
    const response = await fetch(`${base}/api/health`);
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('gives every response its own x-request-id, ignoring one sent by the client', async () => {
    const a = await fetch(`${base}/api/health`);
    const b = await fetch(`${base}/api/nothing`, { headers: { 'x-request-id': 'forged-id' } });
    const idA = a.headers.get('x-request-id') ?? '';
    const idB = b.headers.get('x-request-id') ?? '';
    expect(idA).toMatch(UUID);
    expect(idB).toMatch(UUID);
    expect(idA).not.toBe(idB);
  });

  it('answers JSON errors over the wire too (no HTML error page)', async () => {
    const response = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await response.json()) as { error: string }).error).toBe('validation_error');
  });
});
