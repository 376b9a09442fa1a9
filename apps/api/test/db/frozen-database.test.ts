import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.js';
import { makeUser } from '../helpers/factories.js';
import { type Credentials, credentialsOf, loginAs, postLogin } from '../helpers/login.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { createApp, usesPostgres, useTestDatabase } from '../helpers/test-app.js';

const QUERY_TIMEOUT_MS = 1000;
const CONNECT_TIMEOUT_MS = 1000;
// The limit plus what the request itself and a busy test machine may add.
/** `GET /api/me` is the probe: answered from the session cache, it would not reach the database. */
const EVERY_REQUEST_READS_THE_DATABASE = { SESSION_CACHE_TTL_SECONDS: '0' };
const ANSWER_WITHIN_MS = QUERY_TIMEOUT_MS + CONNECT_TIMEOUT_MS + 1500;

async function timed(request: () => Promise<LightMyRequestResponse>) {
  const started = Date.now();
  const response = await request();
  return { response, ms: Date.now() - started };
}

async function waitUntil(check: () => boolean, timeoutMs: number) {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function expectUnavailable(response: LightMyRequestResponse) {
  expect(response.statusCode, response.body).toBe(503);
  expect(response.json()).toMatchObject({ error: 'service_unavailable' });
}

describe.skipIf(!usesPostgres())('a database that stops answering (frozen, not refusing)', () => {
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
    viaProxy = await openDatabase({
      databaseUrl: url.toString(),
      timeouts: { queryTimeoutMs: QUERY_TIMEOUT_MS, connectTimeoutMs: CONNECT_TIMEOUT_MS },
    });
    app = await createApp(viaProxy, { env: EVERY_REQUEST_READS_THE_DATABASE });
    cookie = await loginAs(app, credentials);
  });
  afterAll(async () => {
    proxy?.thaw();
    await app?.close();
    await viaProxy?.close();
    await proxy?.close();
  });

  it('answers 503 within the time limit, drops the stuck connections and recovers', async () => {
    // Several requests at once, so that the pool holds several connections when it freezes.
    await Promise.all(
      Array.from({ length: 4 }, () => app.inject({ url: '/api/me', headers: { cookie } })),
    );
    proxy.freeze();

    const results = await Promise.all([
      timed(() => app.inject({ url: '/api/me', headers: { cookie } })),
      timed(() => postLogin(app, credentials)),
      timed(() => app.inject({ url: '/api/me', headers: { cookie } })),
    ]);
    for (const { response, ms } of results) {
      expectUnavailable(response);
      expect(ms).toBeLessThan(ANSWER_WITHIN_MS);
    }
    console.info(`503 under a frozen database after ${results.map((r) => r.ms).join(', ')} ms`);
    // A connection whose query timed out is closed, not handed out again (work still running
    // in the background gets its own time limit).
    const inUse = () => {
      const stats = viaProxy.poolStats?.();
      return stats ? stats.total - stats.idle : -1;
    };
    await waitUntil(() => inUse() === 0, QUERY_TIMEOUT_MS + 1000);

    proxy.thaw();
    const started = Date.now();
    let me: LightMyRequestResponse | undefined;
    while (Date.now() - started < 10_000) {
      me = await app.inject({ url: '/api/me', headers: { cookie } });
      if (me.statusCode === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(me?.statusCode).toBe(200);
    expect((await postLogin(app, credentials)).statusCode).toBe(200);
  });

  it('logs a client that gives up during the freeze as aborted, not as database unavailable', async () => {
    const lines: string[] = [];
    const logged = await createApp(viaProxy, {
      env: EVERY_REQUEST_READS_THE_DATABASE,
      logger: { level: 'info', stream: { write: (line: string) => lines.push(line) } },
    });
    try {
      const address = await logged.listen({ port: 0, host: '127.0.0.1' });
      const session = await loginAs(logged, credentials);
      proxy.freeze();
      const aborted = new AbortController();
      const request = fetch(`${address}/api/me`, {
        headers: { cookie: session },
        signal: aborted.signal,
      }).catch((error: unknown) => error);
      await new Promise((resolve) => setTimeout(resolve, 300));
      aborted.abort();
      await request;
      await waitUntil(
        () => lines.some((line) => line.includes('request aborted by the client')),
        QUERY_TIMEOUT_MS + 2000,
      );
      // Past the time limit: the request's queries have failed by now.
      await new Promise((resolve) => setTimeout(resolve, QUERY_TIMEOUT_MS + 500));
      expect(lines.filter((line) => line.includes('database unavailable'))).toEqual([]);
    } finally {
      proxy.thaw();
      await logged.close();
    }
  });
});
