import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loggerOptions } from '../../src/app.js';
import { makeUser } from '../helpers/factories.js';
import { postLogin, sessionCookieOf } from '../helpers/login.js';
import { testConfig, useTestApp } from '../helpers/test-app.js';

const SECRET = randomBytes(32).toString('base64url');
const PASSWORD = 'Log-Me-Never-0n-Any-Level';
const WRONG_PASSWORD = 'Wrong-Guess-Never-Logged-42';

describe('logs', () => {
  const lines: string[] = [];
  // The app's own logger settings (redaction included), at the most verbose level, into memory.
  const options = loggerOptions(testConfig({ LOG_LEVEL: 'trace' }));
  const ctx = useTestApp({
    sessionSecret: SECRET,
    logger: {
      ...(typeof options === 'object' ? options : {}),
      level: 'trace',
      stream: { write: (line: string) => lines.push(line) },
    },
  });

  it('are JSON with request ids, and never hold passwords, tokens, cookies or secrets', async () => {
    const { tenant, user } = await makeUser(ctx.db, { password: PASSWORD });
    const credentials = { tenantDomain: tenant.domain, username: user.username };

    const failed = await postLogin(ctx.app, { ...credentials, password: WRONG_PASSWORD });
    expect(failed.statusCode).toBe(401);
    const succeeded = await postLogin(ctx.app, { ...credentials, password: PASSWORD });
    expect(succeeded.statusCode).toBe(200);
    const cookie = sessionCookieOf(succeeded);
    const token = cookie.slice(cookie.indexOf('=') + 1);
    const me = await ctx.app.inject({
      url: '/api/me',
      headers: { cookie, authorization: `Bearer ${token}` },
    });
    expect(me.statusCode).toBe(200);
    const tooLong = await postLogin(ctx.app, {
      ...credentials,
      password: `${PASSWORD}${'x'.repeat(1100)}`,
    });
    expect(tooLong.statusCode).toBe(400);
    const logout = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie },
    });
    expect(logout.statusCode).toBe(204);

    expect(lines.length).toBeGreaterThan(0);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);

    // Every response's request id appears in the logs, on its request's lines.
    for (const response of [failed, succeeded, me, tooLong, logout]) {
      const id = response.headers['x-request-id'];
      expect(typeof id).toBe('string');
      expect(entries.some((entry) => entry.reqId === id)).toBe(true);
    }
    expect(entries.filter((entry) => entry.reqId).length).toBeGreaterThanOrEqual(10);

    const all = lines.join('\n');
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toContain(WRONG_PASSWORD);
    expect(all).not.toContain(token);
    // Any part of the token (a signature on its own is as good as the token to an attacker).
    for (const part of token.split('.')) expect(all).not.toContain(part);
    expect(all).not.toContain(SECRET);
    expect(all.toLowerCase()).not.toContain('set-cookie');
    expect(all).not.toContain('portal_session=');
  });
});
