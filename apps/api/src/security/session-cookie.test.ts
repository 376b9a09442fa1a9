import { describe, expect, it } from 'vitest';
import { pendingCookie, sessionCookie } from './session-cookie.js';

describe('session cookie', () => {
  it('over http is portal_session: HttpOnly, SameSite=Lax, path /, not Secure', () => {
    const cookie = sessionCookie(new URL('http://localhost:3000'));
    expect(cookie.name).toBe('portal_session');
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' });
    expect(cookie.options.secure).toBe(false);
    expect(cookie.options.domain).toBeUndefined();
  });

  it('over https carries the __Host- prefix: Secure, path /, no Domain', () => {
    const cookie = sessionCookie(new URL('https://portal.example.com/some/path'));
    expect(cookie.name).toBe('__Host-portal_session');
    expect(cookie.options).toMatchObject({
      httpOnly: true,
      sameSite: 'lax',
      secure: true,
      path: '/',
    });
    // The browser refuses a __Host- cookie with a Domain attribute or another path.
    expect(cookie.options.domain).toBeUndefined();
  });

  it('the pending two-factor cookie follows the same rules under its own name', () => {
    expect(pendingCookie(new URL('http://localhost')).name).toBe('portal_pending');
    const secure = pendingCookie(new URL('https://portal.example.com'));
    expect(secure.name).toBe('__Host-portal_pending');
    expect(secure.options).toMatchObject({ httpOnly: true, secure: true, path: '/' });
  });
});
