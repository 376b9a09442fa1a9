import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { DEMO_PORTAL_USERS, DEMO_TENANTS, DEMO_USERS } from '../src/db/seed.js';
import { createTestDatabase, dropTestDatabase } from './helpers/postgres.js';
import {
  freePort,
  healthy,
  killAllServers,
  startServer,
  stopServer,
  waitFor,
} from './helpers/server-process.js';
import { usesPostgres } from './helpers/test-app.js';

const INSTANCES = 4;

describe.skipIf(!usesPostgres())('several instances starting at once on an empty database', () => {
  let database: { name: string; url: string };
  let dataDir: string;

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresUrl') as string, inject('runId'));
    dataDir = await mkdtemp(path.join(tmpdir(), 'portal-instances-'));
  });
  afterEach(killAllServers);
  afterAll(async () => {
    if (database) await dropTestDatabase(inject('postgresUrl') as string, database.name);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('all migrate, seed once and become ready, without a single error line', async () => {
    const ports = await Promise.all(Array.from({ length: INSTANCES }, freePort));
    const servers = ports.map((port, i) =>
      startServer({
        DATABASE_URL: database.url,
        PORT: String(port),
        DATA_DIR: path.join(dataDir, `instance-${i}`),
        DEMO_PASSWORD: 'Demo-Instances-Pass-42',
        PASSWORD_HASHING: 'fast-insecure-for-tests',
      }),
    );
    try {
      await waitFor(
        async () => {
          const exited = servers.find((server) => server.child.exitCode !== null);
          if (exited) throw new Error(`an instance exited: ${exited.stderr()}`);
          return (await Promise.all(ports.map(healthy))).every(Boolean);
        },
        90_000,
        `${INSTANCES} instances to answer /api/health`,
      );
    } finally {
      await Promise.all(servers.map(stopServer));
    }
    for (const server of servers) expect(server.stderr()).toBe('');

    const db = await openDatabase({ databaseUrl: database.url });
    try {
      expect(await db.prisma.tenant.count()).toBe(1 + DEMO_TENANTS.customers.length);
      expect(await db.prisma.user.count()).toBe(DEMO_USERS.length + DEMO_PORTAL_USERS.length);
    } finally {
      await db.close();
    }
  }, 120_000);
});
