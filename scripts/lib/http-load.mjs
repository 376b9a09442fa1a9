// A small HTTP/1.1 load generator for the benchmarks: N keep-alive connections to 127.0.0.1, each
// sending one request at a time for a fixed duration, timing every request from the moment it was
// written (the first one from the connect) to the end of its response. Raw sockets rather than
// node:http or fetch: the client shares the machine's cores with the server, so it should cost
// little. It understands what this API answers: Content-Length bodies, no chunked encoding.
import { connect } from 'node:net';

/**
 * Runs the load and returns per-request latencies and per-connection completions. Requests still
 * unanswered at the deadline get `graceMs` more; those then still open count as `unanswered`, with
 * how long they had waited (a starved request shows here, not in the latencies).
 */
export async function runLoad({
  port,
  host = '127.0.0.1',
  path,
  headers = {},
  connections,
  durationMs,
  graceMs = 10_000,
}) {
  if (host !== '127.0.0.1' && host !== 'localhost') throw new Error('loopback only');
  const request = Buffer.from(
    `GET ${path} HTTP/1.1\r\nHost: ${host}:${port}\r\n${Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('')}\r\n`,
  );
  const started = performance.now();
  const deadline = started + durationMs;
  const clients = Array.from({ length: connections }, () =>
    runConnection({ port, host, request, deadline, giveUpAt: deadline + graceMs }),
  );
  const results = await Promise.all(clients);
  const seconds = (performance.now() - started) / 1000;
  const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const completions = results.map((r) => r.latencies.length).sort((a, b) => a - b);
  const unanswered = results.filter((r) => r.waitingMs !== null).map((r) => r.waitingMs);
  const statuses = {};
  for (const r of results) {
    for (const [status, count] of Object.entries(r.statuses)) {
      statuses[status] = (statuses[status] ?? 0) + count;
    }
  }
  const quantile = (q) =>
    latencies.length
      ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]
      : NaN;
  return {
    connections,
    seconds,
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: quantile(0.5),
    p99: quantile(0.99),
    max: Math.max(latencies.at(-1) ?? 0, ...unanswered),
    over2s:
      latencies.filter((ms) => ms > 2000).length + unanswered.filter((ms) => ms > 2000).length,
    over10s:
      latencies.filter((ms) => ms > 10_000).length + unanswered.filter((ms) => ms > 10_000).length,
    unanswered: unanswered.length,
    /** The slowest first answer of a connection (connecting included). */
    firstAnswerMax: Math.max(0, ...results.map((r) => r.latencies[0] ?? 0)),
    completions: {
      min: completions[0] ?? 0,
      median: completions[Math.floor(completions.length / 2)] ?? 0,
      max: completions.at(-1) ?? 0,
      none: completions.filter((n) => n === 0).length,
    },
    statuses,
    errors: results.map((r) => r.error).filter(Boolean),
  };
}

function runConnection({ port, host, request, deadline, giveUpAt }) {
  return new Promise((resolve) => {
    const latencies = [];
    const statuses = {};
    let sentAt = performance.now();
    let buffer = Buffer.alloc(0);
    let finished = false;
    const socket = connect({ port, host, noDelay: true });
    const finish = (error = null) => {
      if (finished) return;
      finished = true;
      clearTimeout(giveUp);
      socket.destroy();
      const waitingMs = error === 'gave up' ? performance.now() - sentAt : null;
      resolve({ latencies, statuses, waitingMs, error: error === 'gave up' ? null : error });
    };
    const giveUp = setTimeout(() => finish('gave up'), giveUpAt - performance.now());
    socket.on('connect', () => socket.write(request));
    socket.on('error', (error) => finish(error.message));
    socket.on('close', () => finish(latencies.length ? null : 'closed before any answer'));
    socket.on('data', (chunk) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      for (;;) {
        const headerEnd = buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const head = buffer.subarray(0, headerEnd).toString('latin1');
        const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
        if (!length) return finish(`answer without Content-Length: ${head.split('\r\n')[0]}`);
        const total = headerEnd + 4 + Number(length[1]);
        if (buffer.length < total) return;
        const status = head.slice(9, 12);
        statuses[status] = (statuses[status] ?? 0) + 1;
        buffer = buffer.subarray(total);
        const now = performance.now();
        latencies.push(now - sentAt);
        if (now >= deadline) return finish();
        sentAt = now;
        socket.write(request);
      }
    });
  });
}
