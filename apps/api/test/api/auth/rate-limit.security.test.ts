import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { makeUser } from '../../helpers/factories.js';
import { credentialsOf, expectRetryLater } from '../../helpers/login.js';
import { createApp, useTestApp } from '../../helpers/test-app.js';

const LIMIT = { AUTH_RATE_LIMIT_PER_MINUTE: '3' };
// Each test has addresses of its own (TEST-NET-3), since the counters live in the database.
let nextHost = 1;
const newIp = () => `203.0.113.${nextHost++}`;

let nextUser = 1;

/** A sign-in attempt from the given IP, for a new unknown account each time (no lockout). */
function login(app: FastifyInstance, ip: string, body: object = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: ip,
    payload: {
      tenantDomain: 'nowhere.tenant',
      username: `nobody-${nextUser++}`,
      password: 'x',
      ...body,
    },
  });
}

const expectRateLimited = (response: LightMyRequestResponse) => expectRetryLater(response, 60);

describe('per-IP limit on the auth routes', () => {
  const ctx = useTestApp({ env: LIMIT });

  it('answers the 4th auth request in a minute from one IP with 429 and Retry-After', async () => {
    const ip = newIp();
    for (let i = 0; i < 3; i++) expect((await login(ctx.app, ip)).statusCode).toBe(401);
    expectRateLimited(await login(ctx.app, ip));
  });

  it('refuses even correct credentials from a limited IP', async () => {
    const credentials = credentialsOf(await makeUser(ctx.db));
    const ip = newIp();
    for (let i = 0; i < 3; i++) await login(ctx.app, ip);
    const response = await login(ctx.app, ip, credentials);
    expectRateLimited(response);
    expect(response.cookies).toEqual([]);
  });

  it('counts every auth route as one group (login and logout share the limit)', async () => {
    const ip = newIp();
    await login(ctx.app, ip);
    await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', remoteAddress: ip });
    await login(ctx.app, ip);
    expectRateLimited(
      await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', remoteAddress: ip }),
    );
    expectRateLimited(await login(ctx.app, ip));
  });

  it('counts bad requests too, so malformed floods are limited as well', async () => {
    const ip = newIp();
    for (let i = 0; i < 3; i++) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: ip,
        payload: { nonsense: true },
      });
      expect(response.statusCode).toBe(400);
    }
    expectRateLimited(await login(ctx.app, ip));
  });

  it('does not affect another IP', async () => {
    const limited = newIp();
    for (let i = 0; i < 4; i++) await login(ctx.app, limited);
    expectRateLimited(await login(ctx.app, limited));
    expect((await login(ctx.app, newIp())).statusCode).toBe(401);
  });

  it('does not apply to routes outside the auth group', async () => {
    const ip = newIp();
    for (let i = 0; i < 4; i++) await login(ctx.app, ip);
    const health = await ctx.app.inject({ url: '/api/health', remoteAddress: ip });
    expect(health.statusCode).toBe(200);
  });

  it('is shared by API instances on the same database', async () => {
    const other = await createApp(ctx.db, { env: LIMIT });
    try {
      const ip = newIp();
      expect((await login(ctx.app, ip)).statusCode).toBe(401);
      expect((await login(other, ip)).statusCode).toBe(401);
      expect((await login(ctx.app, ip)).statusCode).toBe(401);
      expectRateLimited(await login(other, ip));
      expectRateLimited(await login(ctx.app, ip));
    } finally {
      await other.close();
    }
  });

  it('starts counting again in the next window', async () => {
    const ip = newIp();
    for (let i = 0; i < 4; i++) await login(ctx.app, ip);
    expectRateLimited(await login(ctx.app, ip));
    // As if the minute had passed.
    await ctx.db.prisma.rateLimitWindow.updateMany({
      where: { key: { contains: ip } },
      data: { windowStart: new Date(Date.now() - 61_000) },
    });
    expect((await login(ctx.app, ip)).statusCode).toBe(401);
  });
});
