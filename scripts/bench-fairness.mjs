// Fairness under load: N connections (default 200) on authenticated `GET /api/me` for a fixed time
// (default 30 s) against the built server, on the embedded PGlite unless `--postgres URL` (or
// BENCH_POSTGRES_URL with `--postgres`) is given. Prints max and p99 latency, requests that waited
// over 2 s and 10 s, and completions per connection (a starved connection completes nothing).
// Loopback only, fixed duration; it asserts nothing. Run `node scripts/build.mjs` first (or use
// `pnpm bench`, which builds).
//   node scripts/bench-fairness.mjs [--connections 200] [--seconds 30] [--postgres [URL]]
import { parseArgs } from 'node:util';
import { runLoad } from './lib/http-load.mjs';
import { startPortalServer } from './lib/portal-server.mjs';

export async function fairnessRun({ databaseUrl, connections, seconds, env }) {
  const server = await startPortalServer({ databaseUrl, env });
  try {
    const cookie = await server.signIn();
    const result = await runLoad({
      port: server.port,
      path: '/api/me',
      headers: { cookie },
      connections,
      durationMs: seconds * 1000,
    });
    return { ...result, rssAfterBytes: server.rssBytes() };
  } finally {
    await server.stop();
  }
}

export function describeFairness(label, r) {
  const ms = (value) => `${Math.round(value)} ms`;
  const statuses = Object.entries(r.statuses)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
  return (
    `${label}: ${r.connections} connections ${r.seconds.toFixed(0)} s, ${r.perSecond.toFixed(0)} req/s (${statuses}), ` +
    `p50 ${ms(r.p50)} p99 ${ms(r.p99)} max ${ms(r.max)}, >2 s ${r.over2s}, >10 s ${r.over10s}, ` +
    `unanswered at the end ${r.unanswered}, slowest first answer ${ms(r.firstAnswerMax)}; completions per connection min ${r.completions.min} ` +
    `median ${r.completions.median} max ${r.completions.max}, none ${r.completions.none}` +
    (r.errors.length ? `; errors: ${[...new Set(r.errors)].join(', ')}` : '')
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string', default: '200' },
      seconds: { type: 'string', default: '30' },
      postgres: { type: 'string' },
    },
  });
  const databaseUrl = values.postgres;
  const result = await fairnessRun({
    databaseUrl,
    connections: Number(values.connections),
    seconds: Number(values.seconds),
  });
  console.log(describeFairness(databaseUrl ? 'PostgreSQL' : 'PGlite', result));
}
