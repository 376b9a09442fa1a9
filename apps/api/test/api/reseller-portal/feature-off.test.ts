import { describe, expect, it } from 'vitest';
import { makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs, postLogin } from '../../helpers/login.js';
import {
  AUTH_OPTIONS,
  RSP_CALLBACK,
  RSP_LOGIN,
  RSP_LOGOUT,
} from '../../helpers/reseller-portal.js';
import { useTestApp } from '../../helpers/test-app.js';

describe('without RSP_ISSUER_URL (the feature is off)', () => {
  const t = useTestApp();

  it('does not offer the button', async () => {
    const response = await t.app.inject({ method: 'GET', url: AUTH_OPTIONS });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ resellerPortal: { enabled: false } });
  });

  it.each([RSP_LOGIN, `${RSP_CALLBACK}?code=abc&state=def`, RSP_LOGOUT])(
    'answers 404 at %s',
    async (url) => {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.json().error).toBe('not_found');
      expect(response.cookies).toEqual([]);
    },
  );

  it('answers 404 to linking, and keeps the password message as it was', async () => {
    const admin = await makeUser(t.db, { roles: ['admin'] });
    const target = await makeUser(t.db, { tenantId: admin.tenant.id });
    const session = await loginAs(t.app, credentialsOf(admin));
    const link = await t.app.inject({
      method: 'PUT',
      url: `/api/users/${target.user.id}/rsp-link`,
      headers: { cookie: session },
      payload: { subject: 'somebody' },
    });
    expect(link.statusCode).toBe(404);
    expect(link.json().error).toBe('not_found');

    const wrong = await postLogin(t.app, { ...credentialsOf(target), password: 'wrong-password' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({
      error: 'invalid_credentials',
      message: 'The tenant domain, username or password is incorrect.',
    });
  });
});
