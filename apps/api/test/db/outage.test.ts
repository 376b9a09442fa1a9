import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.js';
import { makeUser } from '../helpers/factories.js';
import { type Credentials, credentialsOf, loginAs, postLogin } from '../helpers/login.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { createApp, usesPostgres, useTestDatabase } from '../helpers/test-app.js';

/** Polls until the check passes or the time is up; returns how long it took. */
async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

function expectUnavailable(response: LightMyRequestResponse) {
  expect(response.statusCode, response.body).toBe(503);
  expect(response.json()).toEqual({
    error: 'service_unavailable',
    message: 'The service is temporarily unavailable. Please try again shortly.',
  });
}

describe.skipIf(!usesPostgres())('a database outage while running', () => {
  const ctx = useTestDatabase();
  let proxy: TcpProxy;
  let viaProxy: Database;
  let app: FastifyInstance;
  let credentials: Credentials;
  let cookie: string;

  beforeAll(async () => {
    credentials = credentialsOf(await makeUser(ctx.db));
    const target = new URL(ctx.database.url as string);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const url = new URL(target);
    url.host = `127.0.0.1:${proxy.port}`;
    viaProxy = await openDatabase({ databaseUrl: url.toString() });
    app = await createApp(viaProxy);
    cookie = await loginAs(app, credentials);
  });
  afterAll(async () => {
    await app?.close();
    await viaProxy?.close();
    await proxy?.close();
  });

  it('answers 503 while the database is away and recovers by itself when it returns', async () => {
    expect((await app.inject({ url: '/api/ready' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(200);

    await proxy.cut();

    const readyStarted = Date.now();
    const ready = await app.inject({ url: '/api/ready' });
    expect(Date.now() - readyStarted).toBeLessThan(5000);
    expectUnavailable(ready);

    expectUnavailable(await app.inject({ url: '/api/me', headers: { cookie } }));
    expectUnavailable(await postLogin(app, credentials));
    expectUnavailable(await postLogin(app, { ...credentials, password: 'wrong' }));
    expectUnavailable(
      await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } }),
    );
    // Liveness does not depend on the database: the process is fine.
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);

    await proxy.restore();

    await eventually(
      async () => (await app.inject({ url: '/api/ready' })).statusCode === 200,
      10_000,
    );
    // The session from before the outage still works, and so does signing in.
    expect((await app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
    const again = await postLogin(app, credentials);
    expect(again.statusCode).toBe(200);
  });

  it('survives a second outage just the same', async () => {
    await proxy.cut();
    expectUnavailable(await app.inject({ url: '/api/ready' }));
    expectUnavailable(await app.inject({ url: '/api/me', headers: { cookie } }));
    await proxy.restore();
    await eventually(
      async () => (await app.inject({ url: '/api/me', headers: { cookie } })).statusCode === 200,
      10_000,
    );
  });
});
