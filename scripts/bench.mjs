// `pnpm bench`: every figure of the performance table, each beside the reference it is divided by,
// on PGlite and PostgreSQL in one run, against the built server started as a child process (as
// `npm start` runs it) on 127.0.0.1:
// - successful password sign-ins/s ÷ argon2id verifies/s (same parameters, 8 concurrent, the
//   verifies in this process);
// - authenticated GET /api/me/s ÷ a bare Fastify hello-world/s (same Fastify, 32 concurrent);
// - RSS of the server idle after a start on its existing database, after its first start (which
//   creates and seeds the database), and after the load;
// - fairness: 200 connections on GET /api/me (BENCH_FAIRNESS_SECONDS, default 5; 30 for the
//   issue's full run), max and p99 latency and per-connection completions;
// - the SPA's Lighthouse and the data-size scale run, when their scripts are there (see the end).
// Bounded (about two to three minutes by default); it prints numbers and asserts nothing.
// BENCH_SECONDS sets each throughput run's length (default 5), BENCH_POSTGRES_URL the server
// (default postgresql://postgres@127.0.0.1:5432/postgres; a throwaway database is made on it),
// BENCH_LISTS=1 adds the older list/scope bench (scripts/bench-lists.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFairness, fairnessRun } from './bench-fairness.mjs';
import { runLoad } from './lib/http-load.mjs';
import { BENCH_PASSWORD, freePort, signIn, startPortalServer } from './lib/portal-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = spawnSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const POSTGRES = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const FAIRNESS_SECONDS = Number(process.env.BENCH_FAIRNESS_SECONDS ?? 5);
const FAIRNESS_CONNECTIONS = Number(process.env.BENCH_FAIRNESS_CONNECTIONS ?? 200);
const SIGN_IN_CONCURRENCY = 8;
/**
 * The demo accounts that a password alone signs in (no second factor due). Each sign-in loop keeps
 * to one of them: the lockout counts an attempt before its hash and forgets it only on success, so
 * 8 attempts in flight on one account would reach its 5 failures and answer 429, as it must (many
 * people signing in is the load to measure, not one account guessed at in parallel).
 */
const SIGN_IN_ACCOUNTS = ['alice', 'bob'].map((username) => ({
  tenantDomain: 'acme.tenant',
  username,
}));
const READ_CONCURRENCY = 32;
const IDLE_SETTLE_MS = 2000;

const api = (file) => import(new URL(`../apps/api/dist/${file}`, import.meta.url).href);
const MB = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Runs `task(loop)` from `concurrency` loops for `seconds`; counts the runs that returned true. */
async function rate(concurrency, seconds, task) {
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  let ok = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, loop) => {
      while (performance.now() < deadline) {
        if (await task(loop)) ok++;
        else failed++;
      }
    }),
  );
  return { perSecond: ok / ((performance.now() - started) / 1000), ok, failed };
}

/**
 * CPU time (user + system) a process has used, in ms (Linux: /proc/PID/stat). Per request it
 * holds still while other work on the machine moves the rates: a second view of the same ratio.
 */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1000 / CLOCK_TICKS);
}
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100;

async function argon2Reference() {
  const { createPasswordHasher } = await api('security/password-hasher.js');
  const hasher = await createPasswordHasher({ fast: false });
  const passwordHash = await hasher.hash(BENCH_PASSWORD);
  const before = process.cpuUsage();
  const result = await rate(SIGN_IN_CONCURRENCY, SECONDS, () =>
    hasher.verify(passwordHash, BENCH_PASSWORD),
  );
  const used = process.cpuUsage(before);
  result.cpuMsEach = (used.user + used.system) / 1000 / Math.max(result.ok, 1);
  return result;
}

/** Fastify's hello world, of the version the API uses, in a process of its own like the server. */
async function helloWorldReference() {
  const port = await freePort();
  const fastifyEntry = new URL('../apps/api/node_modules/fastify/fastify.js', import.meta.url).href;
  const source = `const { default: Fastify } = await import(${JSON.stringify(fastifyEntry)});
    const app = Fastify();
    app.get('/', async () => ({ hello: 'world' }));
    await app.listen({ port: ${port}, host: '127.0.0.1' });
    console.log('listening');`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', source], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`hello world exited with ${code}`)));
  });
  try {
    const cpuBefore = cpuMs(child.pid);
    const load = await runLoad({
      port,
      path: '/',
      connections: READ_CONCURRENCY,
      durationMs: SECONDS * 1000,
    });
    load.cpuMsEach = (cpuMs(child.pid) - cpuBefore) / Math.max(load.requests, 1);
    return load;
  } finally {
    child.kill();
  }
}

/** RSS once the server has listened for a moment, without a request. */
async function idleRss(server) {
  await new Promise((resolve) => setTimeout(resolve, IDLE_SETTLE_MS));
  return server.rssBytes();
}

async function benchDatabase(label, databaseUrl) {
  // The first start creates the database (PGlite: initdb) and seeds it; a portal mostly restarts.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-bench-'));
  const first = await startPortalServer({ databaseUrl, dataDir });
  const firstStartRss = await idleRss(first).finally(() => first.stop());
  const server = await startPortalServer({ databaseUrl, dataDir });
  try {
    const idleRssBytes = await idleRss(server);
    const failures = new Set();
    const signInCpu = cpuMs(server.pid);
    const signIns = await rate(SIGN_IN_CONCURRENCY, SECONDS, async (loop) => {
      const account = SIGN_IN_ACCOUNTS[loop % SIGN_IN_ACCOUNTS.length];
      const cookie = await signIn(server.base, account).catch((error) =>
        failures.add(error.message),
      );
      return typeof cookie === 'string';
    });
    signIns.cpuMsEach = (cpuMs(server.pid) - signInCpu) / Math.max(signIns.ok, 1);
    signIns.failures = [...failures];
    const cookie = await signIn(server.base);
    // Warm: the first answers compile the response serializer's validators (once per process).
    await runLoad({
      port: server.port,
      path: '/api/me',
      headers: { cookie },
      connections: 4,
      durationMs: 300,
    });
    const meCpu = cpuMs(server.pid);
    const me = await runLoad({
      port: server.port,
      path: '/api/me',
      headers: { cookie },
      connections: READ_CONCURRENCY,
      durationMs: SECONDS * 1000,
    });
    me.cpuMsEach = (cpuMs(server.pid) - meCpu) / Math.max(me.requests, 1);
    return {
      label,
      firstStartRss,
      idleRss: idleRssBytes,
      signIns,
      me,
      loadedRss: server.rssBytes(),
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function withThrowawayPostgres(run) {
  const { openDatabase } = await api('db/database.js');
  const adminDb = await openDatabase({ databaseUrl: POSTGRES });
  const admin = await adminDb.connect();
  const name = `portal_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(POSTGRES);
  url.pathname = `/${name}`;
  try {
    return await run(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.release();
    await adminDb.close();
  }
}

console.log(
  `references: argon2id verifies (${SIGN_IN_CONCURRENCY} at a time) and Fastify hello world (${READ_CONCURRENCY} connections), ${SECONDS} s each`,
);
const argon2 = await argon2Reference();
const hello = await helloWorldReference();
console.log(
  `  argon2id ${argon2.perSecond.toFixed(1)} verifies/s | Fastify hello world ${hello.perSecond.toFixed(0)} req/s`,
);

const results = [];
const fairness = [];
for (const [label, target] of [
  ['PGlite', null],
  ['PostgreSQL', 'postgres'],
]) {
  const run = async (databaseUrl) => {
    console.log(`${label}: sign-ins, GET /api/me, RSS ...`);
    results.push(await benchDatabase(label, databaseUrl));
    console.log(
      `${label}: fairness, ${FAIRNESS_CONNECTIONS} connections ${FAIRNESS_SECONDS} s ...`,
    );
    const fair = await fairnessRun({
      databaseUrl,
      connections: FAIRNESS_CONNECTIONS,
      seconds: FAIRNESS_SECONDS,
    });
    fairness.push([label, fair]);
  };
  await (target ? withThrowawayPostgres(run) : run(undefined));
}

const column = (text) => String(text).padEnd(38);
const rows = [
  [
    'sign-ins/s ÷ argon2id verifies/s (8)',
    (r) =>
      `${r.signIns.perSecond.toFixed(1)} ÷ ${argon2.perSecond.toFixed(1)} = ${(r.signIns.perSecond / argon2.perSecond).toFixed(2)}`,
  ],
  [
    'GET /api/me/s ÷ hello world/s (32)',
    (r) =>
      `${r.me.perSecond.toFixed(0)} ÷ ${hello.perSecond.toFixed(0)} = ${(r.me.perSecond / hello.perSecond).toFixed(2)}`,
  ],
  [
    'CPU ms per sign-in ÷ per argon2id verify',
    (r) =>
      `${r.signIns.cpuMsEach.toFixed(1)} ÷ ${argon2.cpuMsEach.toFixed(1)} → ${(argon2.cpuMsEach / r.signIns.cpuMsEach).toFixed(2)}`,
  ],
  [
    'CPU µs per GET /api/me ÷ per hello world',
    (r) =>
      `${(r.me.cpuMsEach * 1000).toFixed(0)} ÷ ${(hello.cpuMsEach * 1000).toFixed(0)} → ${(hello.cpuMsEach / r.me.cpuMsEach).toFixed(2)}`,
  ],
  ['GET /api/me p50 / p99 (32)', (r) => `${r.me.p50.toFixed(1)} / ${r.me.p99.toFixed(1)} ms`],
  ['idle RSS after start (restart)', (r) => MB(r.idleRss)],
  ['idle RSS after the first start', (r) => MB(r.firstStartRss)],
  ['RSS after the load', (r) => MB(r.loadedRss)],
  ['SQL statements per sign-in', () => 'see the statement-count test'],
];
console.log(`\n${column('')}${results.map((r) => column(r.label)).join('')}`);
for (const [name, cell] of rows) {
  console.log(`${column(name)}${results.map((r) => column(cell(r))).join('')}`);
}
for (const r of results) {
  if (r.signIns.failed) {
    console.log(
      `  ${r.label}: ${r.signIns.failed} sign-ins failed: ${r.signIns.failures.join('; ')}`,
    );
  }
}
console.log('');
for (const [label, fair] of fairness) console.log(describeFairness(`fairness ${label}`, fair));

// ---- Sibling benchmarks, run when their scripts are present (written separately) ----
const siblings = [
  ['scripts/bench-lighthouse.mjs', 'Lighthouse on /login and the login JavaScript budget'],
  ['scripts/bench-scale.mjs', 'list operations at demo size and at 200,000 users'],
  ...(process.env.BENCH_LISTS
    ? [['scripts/bench-lists.mjs', 'customer list and tenant scope']]
    : []),
];
for (const [script, what] of siblings) {
  console.log(`\n${what} (${script}):`);
  // BENCH_SKIP_SIBLINGS=1: only the table above (e.g. while Lighthouse's Chromium is not there).
  if (process.env.BENCH_SKIP_SIBLINGS) {
    console.log('  skipped: BENCH_SKIP_SIBLINGS is set');
    continue;
  }
  if (!existsSync(`${root}${script}`)) {
    console.log(`  skipped: ${script} is not there`);
    continue;
  }
  const sibling = spawnSync(process.execPath, [`${root}${script}`], { stdio: 'inherit' });
  if (sibling.status !== 0) console.log(`  ${script} exited with ${sibling.status}`);
}
