// `node scripts/bench-lists.mjs` (`pnpm bench` runs it with BENCH_LISTS=1): sign-in, session
// look-up and a reseller's customer list (1,000 customers) over real HTTP on 127.0.0.1, on PGlite and on PostgreSQL side by side in one run, plus the cost of the
// tenant scope (Prisma client extension) against the same query unscoped. Bounded: a fixed number
// of requests.
// Prints numbers and ratios; it asserts nothing.

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = spawnSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const api = (file) => import(new URL(`../apps/api/dist/${file}`, import.meta.url).href);
const { buildApp } = await api('app.js');
const { loadConfig } = await api('config.js');
const { openDatabase } = await api('db/database.js');
const { prepareSchema } = await api('db/startup.js');
const { seedDemoData } = await api('db/seed.js');
const { createUser } = await api('db/provisioning.js');
const { scopeToTenant } = await api('db/tenant-scope.js');
const { createPasswordHasher } = await api('security/password-hasher.js');
const { createSecretBox } = await api('security/secret-box.js');

const POSTGRES = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const LOGINS = Number(process.env.BENCH_LOGINS ?? 40);
const READS = Number(process.env.BENCH_READS ?? 2000);
const CONCURRENCY = 8;
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1000);
const LIST_READS = Number(process.env.BENCH_LIST_READS ?? 300);
const SCOPE_QUERIES = Number(process.env.BENCH_SCOPE_QUERIES ?? 1000);
const PASSWORD = 'bench-password-123';

async function timed(total, concurrency, task) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const t = performance.now();
        await task();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return { perSecond: total / seconds, p50: pct(0.5), p95: pct(0.95) };
}

async function benchOne(label, target, cleanup) {
  const db = await openDatabase(target);
  await prepareSchema(db);
  const hasher = await createPasswordHasher({ fast: false });
  await seedDemoData(db.prisma, hasher, PASSWORD);
  const config = loadConfig({
    NODE_ENV: 'test',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    DATA_DIR: '/tmp',
    LOG_LEVEL: 'silent',
  });
  const app = await buildApp({
    config,
    db,
    hasher,
    sessionSecret: randomBytes(32).toString('hex'),
    secretBox: createSecretBox(randomBytes(32)),
    logger: false,
  });
  const reseller = await db.prisma.tenant.findUniqueOrThrow({
    where: { domain: 'demo-reseller.tenant' },
  });
  await db.prisma.tenant.createMany({
    data: Array.from({ length: CUSTOMERS }, (_, i) => ({
      kind: 'customer',
      parentId: reseller.id,
      domain: `bench-${String(i).padStart(4, '0')}.tenant`,
      name: `Customer ${String(i).padStart(4, '0')}`,
    })),
  });
  // A reseller user without the admin role: no 2FA step, and customers.select all the same.
  await createUser(db.prisma, {
    tenantId: reseller.id,
    username: 'bench.operator',
    displayName: 'Bench',
    email: null,
    passwordHash: await hasher.hash(PASSWORD),
    roles: ['user'],
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const login = () =>
    fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantDomain: 'acme.tenant', username: 'alice', password: PASSWORD }),
    });
  const cookie = (await login()).headers.get('set-cookie').split(';')[0];
  const operator = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      tenantDomain: 'demo-reseller.tenant',
      username: 'bench.operator',
      password: PASSWORD,
    }),
  });
  const operatorCookie = operator.headers.get('set-cookie').split(';')[0];
  const customers = (query) => async () =>
    (
      await fetch(`${base}/api/customers${query}`, { headers: { cookie: operatorCookie } })
    ).arrayBuffer();
  const alice = await db.prisma.user.findFirstOrThrow({ where: { usernameKey: 'alice' } });
  const scoped = scopeToTenant(db.prisma, { tenantId: alice.tenantId, userId: alice.id });
  const usersQuery = { select: { id: true, username: true }, orderBy: { usernameKey: 'asc' } };
  const results = {
    login: await timed(LOGINS, 2, async () => (await login()).arrayBuffer()),
    me: await timed(READS, CONCURRENCY, async () =>
      (await fetch(`${base}/api/me`, { headers: { cookie } })).arrayBuffer(),
    ),
    firstPage: await timed(LIST_READS, CONCURRENCY, customers('')),
    lastPage: await timed(LIST_READS, CONCURRENCY, customers(`?offset=${CUSTOMERS - 25}`)),
    search: await timed(LIST_READS, CONCURRENCY, customers('?search=0999')),
    unscoped: await timed(SCOPE_QUERIES, 1, () =>
      db.prisma.user.findMany({ ...usersQuery, where: { tenantId: alice.tenantId } }),
    ),
    scoped: await timed(SCOPE_QUERIES, 1, () => scoped.user.findMany(usersQuery)),
  };
  await app.close();
  await db.close();
  await cleanup?.();
  console.log(
    `${label.padEnd(11)} login ${results.login.perSecond.toFixed(1).padStart(7)}/s p50 ${results.login.p50.toFixed(1)} ms p95 ${results.login.p95.toFixed(1)} ms | ` +
      `GET /api/me ${results.me.perSecond.toFixed(0).padStart(6)}/s p50 ${results.me.p50.toFixed(2)} ms p95 ${results.me.p95.toFixed(2)} ms`,
  );
  const rate = (r) =>
    `${r.perSecond.toFixed(0).padStart(5)}/s p50 ${r.p50.toFixed(2)} ms p95 ${r.p95.toFixed(2)} ms`;
  console.log(
    `${''.padEnd(11)} GET /api/customers (${CUSTOMERS}): first page ${rate(results.firstPage)} | last page ${rate(results.lastPage)} | search ${rate(results.search)}`,
  );
  console.log(
    `${''.padEnd(11)} users query in-process: unscoped ${rate(results.unscoped)} | tenant-scoped ${rate(results.scoped)} | scoped/unscoped p50 ${(results.scoped.p50 / results.unscoped.p50).toFixed(2)}x`,
  );
  return results;
}

const name = `portal_bench_${randomBytes(4).toString('hex')}`;
const adminDb = await openDatabase({ databaseUrl: POSTGRES });
const admin = await adminDb.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const pgUrl = new URL(POSTGRES);
pgUrl.pathname = `/${name}`;

console.log(
  `${LOGINS} sign-ins (argon2id m=19456 t=2 p=1, 2 at a time), ${READS} session reads (${CONCURRENCY} at a time)`,
);
const lite = await benchOne('PGlite', { pgliteDir: 'memory://' });
const post = await benchOne('PostgreSQL', { databaseUrl: pgUrl.toString() }, async () => {
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.release();
  await adminDb.close();
});
console.log(
  `ratio PostgreSQL/PGlite: login ${(post.login.perSecond / lite.login.perSecond).toFixed(2)}x, GET /api/me ${(post.me.perSecond / lite.me.perSecond).toFixed(2)}x`,
);
