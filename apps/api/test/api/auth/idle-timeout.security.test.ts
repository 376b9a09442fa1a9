import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs } from '../../helpers/login.js';
import { createApp, useTestDatabase } from '../../helpers/test-app.js';
import { decodeClaims } from '../../helpers/tokens.js';

/**
 * The idle timeout is kept within 10 % for every allowed value (60 s, the shortest config.ts
 * allows, up to long ones): a session whose requests come less than 90 % of the timeout apart
 * never ends, an idle one ends at the latest when the timeout has passed since its last request.
 * The sessions' clock is the test's, so that hours pass without waiting.
 */
describe.each([60, 300, 1800])('idle timeout of %i s', (timeoutSeconds) => {
  const timeout = timeoutSeconds * 1000;
  // The most last_seen_at may lag behind the last request: a tenth of the timeout, a minute at most.
  const touch = Math.min(timeout / 10, 60_000);
  const t = useTestDatabase();
  let app: FastifyInstance;
  let now = Date.now();
  const advance = (ms: number) => {
    now += ms;
  };
  /** A fraction of the timeout, in whole milliseconds. */
  const of = (fraction: number) => Math.round(fraction * timeout);

  beforeAll(async () => {
    app = await createApp(t.db, {
      sessionSecret: randomBytes(32).toString('base64url'),
      env: { SESSION_IDLE_TIMEOUT_SECONDS: String(timeoutSeconds) },
      clock: () => now,
    });
  });
  afterAll(async () => {
    await app.close();
  });

  async function signedIn() {
    const cookie = await loginAs(app, credentialsOf(await makeUser(t.db)));
    const sessionId = decodeClaims(cookie.slice(cookie.indexOf('=') + 1)).sid as string;
    return { cookie, sessionId };
  }
  const me = async (cookie: string) =>
    (await app.inject({ url: '/api/me', headers: { cookie } })).statusCode;
  const lastSeen = async (id: string) =>
    (await t.db.prisma.session.findUniqueOrThrow({ where: { id } })).lastSeenAt.getTime();

  it('keeps a session alive for five timeouts with a request every 0.6 × the timeout', async () => {
    const { cookie } = await signedIn();
    const start = now;
    while (now - start < 5 * timeout) {
      advance(of(0.6));
      expect(await me(cookie)).toBe(200);
    }
  });

  it('keeps it alive at the largest lag: a request one touch interval after a write, then 90 % of the timeout less 1 ms', async () => {
    const { cookie, sessionId } = await signedIn();
    for (let round = 0; round < 4; round++) {
      const written = await lastSeen(sessionId);
      advance(touch); // not written: last_seen_at now lags by a full touch interval
      expect(await me(cookie)).toBe(200);
      expect(await lastSeen(sessionId)).toBe(written);
      advance(of(0.9) - 1);
      expect(await me(cookie)).toBe(200);
    }
  });

  it('ends an idle session once the timeout has passed since its last request, not later', async () => {
    const idle = await signedIn();
    advance(timeout);
    expect(await me(idle.cookie)).toBe(401);

    const longIdle = await signedIn();
    advance(of(1.1));
    expect(await me(longIdle.cookie)).toBe(401);
  });

  it('ends it no earlier than 90 % of the timeout after its last request', async () => {
    const { cookie } = await signedIn();
    advance(touch);
    expect(await me(cookie)).toBe(200); // the last request, not written
    advance(of(0.9) - 1);
    expect(await me(cookie)).toBe(200);
  });

  it('writes last_seen_at at most once per touch interval', async () => {
    const { cookie, sessionId } = await signedIn();
    const first = await lastSeen(sessionId);
    for (let step = 0; step < 10; step++) {
      advance(touch / 10);
      expect(await me(cookie)).toBe(200);
    }
    expect(await lastSeen(sessionId)).toBe(first);
    advance(1);
    expect(await me(cookie)).toBe(200);
    expect(await lastSeen(sessionId)).toBe(now);
  });
});
