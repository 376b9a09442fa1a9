import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs } from '../../helpers/login.js';
import { useTestApp } from '../../helpers/test-app.js';

const CONNECTIONS = 30;
const ANSWERS = 240;

/**
 * Connections opened at once, each asking `GET /api/me` again as soon as it has its answer, until
 * the server has answered ANSWERS requests in all. Served in order of arrival, every connection gets
 * about its share; before the fix (PGlite statements chained without a turn of the event loop, and
 * libuv accepting one connection per turn) the late-accepted connections got nothing. Counts, not
 * times: the assertion holds on a slow machine too.
 */
describe('fair under load (per-connection completions)', () => {
  // Every answer from the database, where the queue forms: from the session cache, answers take
  // microseconds and 240 of them are done before the last connections are even accepted.
  const ctx = useTestApp({ env: { SESSION_CACHE_TTL_SECONDS: '0' } });
  let port: number;
  let cookie: string;

  beforeAll(async () => {
    const account = await makeUser(ctx.db);
    cookie = await loginAs(ctx.app, credentialsOf(account));
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    port = (ctx.app.server.address() as AddressInfo).port;
  });

  it(`serves each of ${CONNECTIONS} connections its share of ${ANSWERS} answers`, {
    timeout: 90_000,
  }, async () => {
    const request = `GET /api/me HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\n\r\n`;
    let answered = 0;
    const statuses = new Set<string>();
    const completions = await Promise.all(
      Array.from({ length: CONNECTIONS }, () =>
        askUntil(port, request, () => ++answered >= ANSWERS, statuses),
      ),
    );
    expect([...statuses]).toEqual(['200']);
    const fairShare = ANSWERS / CONNECTIONS;
    // Every connection got at least half its share: none was left waiting while others were served.
    expect(Math.min(...completions)).toBeGreaterThanOrEqual(fairShare / 2);
  });
});

/** Sends the request again after each answer until `done()` says so; returns the answers. */
function askUntil(
  port: number,
  request: string,
  done: () => boolean,
  statuses: Set<string>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let answers = 0;
    let buffer = '';
    const socket: Socket = connect({ port, host: '127.0.0.1', noDelay: true });
    socket.setEncoding('latin1');
    socket.on('connect', () => socket.write(request));
    socket.on('error', reject);
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (;;) {
        const headerEnd = buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = /\r\ncontent-length:\s*(\d+)/i.exec(buffer.slice(0, headerEnd));
        if (!length) return reject(new Error('an answer without Content-Length'));
        const end = headerEnd + 4 + Number(length[1]);
        if (buffer.length < end) return;
        statuses.add(buffer.slice(9, 12));
        buffer = buffer.slice(end);
        answers++;
        if (done()) {
          socket.end();
          return resolve(answers);
        }
        socket.write(request);
      }
    });
  });
}
