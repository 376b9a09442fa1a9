// `pnpm bench:scale`: does a request cost the same with the demo data and with a big database?
// On a throwaway PostgreSQL database (created here and dropped at the end), it measures the p50
// latency of each operation over real HTTP against the built app, first on the demo data, then
// again after a bulk load (scripts/bench-scale/bulk-load.mjs: 20,000 tenants, 2,000 customers
// under one reseller, 200,000 users with 5,000 in one tenant, 1,000,000 audit events; set-based
// SQL, then ANALYZE), and prints each operation's big/small ratio, the EXPLAIN of the audit-log
// range query and the start-up's permission sync on the big data. It asserts nothing.
//
// Bounded: a fixed number of requests per operation. Environment:
//   BENCH_SCALE=0.1            shrink every size (default 1)
//   BENCH_SCALE_REQUESTS=100   requests per list operation and size (default 200)
//   BENCH_SCALE_SIGNINS=30     requests per sign-in / forgot-password (they hash; default 40)
//   BENCH_POSTGRES_URL         the server (default postgresql://postgres@127.0.0.1:5432/postgres)
//   BENCH_SKIP_BUILD=1         use the build that is there

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { bulkLoadStatements, bulkSizes } from './bench-scale/bulk-load.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!process.env.BENCH_SKIP_BUILD) {
  const build = spawnSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}

const api = (file) => import(new URL(`../apps/api/dist/${file}`, import.meta.url).href);
const { buildApp } = await api('app.js');
const { loadConfig } = await api('config.js');
const { openDatabase } = await api('db/database.js');
const { prepareSchema } = await api('db/startup.js');
const { seedDemoData } = await api('db/seed.js');
const { createUser } = await api('db/provisioning.js');
const { createPasswordHasher } = await api('security/password-hasher.js');
const { createSecretBox } = await api('security/secret-box.js');

const SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const REQUESTS = Number(process.env.BENCH_SCALE_REQUESTS ?? 200);
const SIGNINS = Number(process.env.BENCH_SCALE_SIGNINS ?? 40);
const PASSWORD = 'bench-password-123';
const DAY = 86_400_000;

const databaseName = `bench_scale_${randomBytes(4).toString('hex')}`;
const databaseUrl = new URL(SERVER);
databaseUrl.pathname = `/${databaseName}`;

/** Runs a statement on the server's maintenance database (CREATE / DROP DATABASE). */
async function onServer(sql) {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The p50 of `count` requests, one at a time (latency, not throughput). */
async function p50(count, request) {
  const latencies = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await request(i);
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  return latencies[Math.floor(latencies.length / 2)];
}

function cookieOf(response) {
  const header = response.headers
    .getSetCookie()
    .find((c) => c.startsWith('__Host-') || c.includes('session'));
  return (header ?? response.headers.getSetCookie()[0] ?? '').split(';')[0];
}

async function main() {
  await onServer(`CREATE DATABASE ${databaseName}`);
  let db;
  let app;
  try {
    db = await openDatabase({ databaseUrl: databaseUrl.href });
    await prepareSchema(db);
    const hasher = await createPasswordHasher({ fast: false });
    await seedDemoData(db.prisma, hasher, PASSWORD);
    const reseller = await db.prisma.tenant.findUniqueOrThrow({
      where: { domain: 'demo-reseller.tenant' },
    });
    // The tenant measured: its administrator may still sign in without 2FA (a grace period).
    const tenant = await db.prisma.tenant.findUniqueOrThrow({ where: { domain: 'globex.tenant' } });
    const acme = await db.prisma.tenant.findUniqueOrThrow({ where: { domain: 'acme.tenant' } });
    // A reseller user without the admin role: no 2FA step, and customers.select all the same.
    await createUser(db.prisma, {
      tenantId: reseller.id,
      username: 'bench.operator',
      displayName: 'Bench',
      email: 'bench.operator@reseller.example',
      passwordHash: await hasher.hash(PASSWORD),
      roles: ['user'],
    });
    app = await buildApp({
      config: loadConfig({
        NODE_ENV: 'test',
        AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
        DATA_DIR: '/tmp',
        LOG_LEVEL: 'silent',
      }),
      db,
      hasher,
      sessionSecret: randomBytes(32).toString('hex'),
      secretBox: createSecretBox(randomBytes(32)),
      logger: false,
    });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const client = httpClient(base);
    const sessions = {
      admin: await client.signIn('globex.tenant', 'admin'),
      operator: await client.signIn('demo-reseller.tenant', 'bench.operator'),
    };
    const operations = makeOperations(client, sessions, { acme, reseller });

    console.log(`bench:scale on ${databaseName} (PostgreSQL), p50 of sequential requests`);
    const small = await measure(operations);
    const sizes = bulkSizes(SCALE);
    await bulkLoad(db, { reseller: reseller.id, tenant: tenant.id }, sizes);
    const big = await measure(operations);
    printRatios(operations, small, big);
    await explainAuditRange(db, tenant.id);
    await timeStartUpSync(db);
  } finally {
    await app?.close();
    await db?.close();
    await onServer(`DROP DATABASE IF EXISTS ${databaseName}`);
  }
}

function httpClient(base) {
  const json = async (path, { cookie, method = 'GET', body } = {}) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(body ? { 'content-type': 'application/json', origin: base } : { origin: base }),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!response.ok) {
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    }
    return response;
  };
  return {
    json,
    async signIn(tenantDomain, username) {
      const response = await json('/api/auth/login', {
        method: 'POST',
        body: { tenantDomain, username, password: PASSWORD },
      });
      return cookieOf(response);
    },
  };
}

/** The operations of the issue, each a function of the request's number. */
function makeOperations(client, sessions, { acme, reseller }) {
  const get = (cookie) => async (path) => (await client.json(path, { cookie })).json();
  const asAdmin = get(sessions.admin);
  const asOperator = get(sessions.operator);
  let switching = sessions.operator;
  const now = Date.now();
  const range = `from=${new Date(now - 200 * DAY).toISOString()}&to=${new Date(now - 170 * DAY).toISOString()}`;
  // The last page's request, found anew on each size by following the cursors (or, for an API
  // without them, by the offset of the total).
  const lastPage = async (read, path, limit) => {
    let page = await read(`${path}?limit=${limit}`);
    if (!('nextCursor' in page)) {
      const offset = Math.max(0, page.total - limit);
      return `${path}?limit=${limit}&offset=${offset}`;
    }
    let url = `${path}?limit=${limit}`;
    while (page.nextCursor) {
      url = `${path}?limit=${limit}&cursor=${page.nextCursor}`;
      page = await read(url);
    }
    return url;
  };
  return [
    {
      name: 'sign-in',
      count: SIGNINS,
      run: () => client.signIn('demo-reseller.tenant', 'bench.operator'),
    },
    { name: 'GET /api/me', run: () => asAdmin('/api/me') },
    { name: 'sessions list', run: () => asAdmin('/api/sessions') },
    {
      name: 'switch customer',
      run: async (i) => {
        const response = await client.json('/api/session/tenant', {
          cookie: switching,
          method: 'POST',
          body: { tenantId: i % 2 === 0 ? acme.id : reseller.id },
        });
        switching = cookieOf(response) || switching;
      },
    },
    {
      name: 'forgot-password',
      count: SIGNINS,
      run: () =>
        client.json('/api/auth/password/forgot', {
          method: 'POST',
          body: { tenantDomain: 'globex.tenant', username: 'admin' },
        }),
    },
    { name: 'audit log 200–170 days back', run: () => asAdmin(`/api/audit-events?${range}`) },
    { name: 'users search', run: () => asAdmin('/api/users?search=admin&limit=50') },
    {
      name: 'users last page',
      prepare: () => lastPage(asAdmin, '/api/users', 50),
      run: (_, url) => asAdmin(url),
    },
    { name: 'customers search', run: () => asOperator('/api/customers?search=glob&limit=25') },
    {
      name: 'customers last page',
      prepare: () => lastPage(asOperator, '/api/customers', 25),
      run: (_, url) => asOperator(url),
    },
  ];
}

async function measure(operations) {
  const results = new Map();
  for (const operation of operations) {
    const prepared = operation.prepare ? await operation.prepare() : undefined;
    const count = operation.count ?? REQUESTS;
    // A few requests first, so that both sizes are measured warm.
    await p50(Math.min(5, count), (i) => operation.run(i, prepared));
    results.set(operation.name, await p50(count, (i) => operation.run(i, prepared)));
  }
  return results;
}

async function bulkLoad(db, ids, sizes) {
  const connection = await db.connect();
  try {
    for (const statement of bulkLoadStatements(ids, sizes)) {
      const started = performance.now();
      await connection.query(statement.sql, statement.params);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`  loaded ${statement.label} (${seconds} s)`);
    }
  } finally {
    await connection.release();
  }
}

function printRatios(operations, small, big) {
  const ms = (value) => `${value.toFixed(2)} ms`.padStart(10);
  console.log(
    `\n${'operation'.padEnd(30)}${'small p50'.padStart(10)}${'big p50'.padStart(10)}  big/small`,
  );
  for (const { name } of operations) {
    const ratio = big.get(name) / small.get(name);
    console.log(
      `${name.padEnd(30)}${ms(small.get(name))}${ms(big.get(name))}  ${ratio.toFixed(2)}`,
    );
  }
}

/** The audit log's range query as the list runs it (first page of 50, newest first). */
async function explainAuditRange(db, tenantId) {
  const connection = await db.connect();
  try {
    const now = Date.now();
    const plan = await connection.query(
      `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
       SELECT * FROM audit_events
       WHERE tenant_id = $1::uuid AND created_at >= $2 AND created_at <= $3
       ORDER BY created_at DESC, id DESC LIMIT 51`,
      [tenantId, new Date(now - 200 * DAY), new Date(now - 170 * DAY)],
    );
    console.log('\nEXPLAIN of the audit-log range query (200–170 days back), big data:');
    for (const row of plan) console.log(`  ${row['QUERY PLAN']}`);
  } finally {
    await connection.release();
  }
}

/** What a server start spends on the schema (migrations and permission sync) on the big data. */
async function timeStartUpSync(db) {
  const started = performance.now();
  await prepareSchema(db);
  const ms = (performance.now() - started).toFixed(1);
  console.log(`\nstart-up schema step (migrations, permission sync) on the big data: ${ms} ms`);
}

await main();
