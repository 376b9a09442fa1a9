import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { DEMO_PORTAL_USERS, DEMO_TENANTS, DEMO_USERS } from '../src/db/seed.js';
import {
  freePort,
  healthy,
  killAllServers,
  type ServerProcess as Server,
  startServer,
  stopServer as stop,
  waitFor,
} from './helpers/server-process.js';
import { usesPostgres } from './helpers/test-app.js';

async function signIn(port: number, tenantDomain: string, username: string, password: string) {
  const base = `http://127.0.0.1:${port}`;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantDomain, username, password }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const me = await fetch(`${base}/api/me`, { headers: { cookie } });
  expect(me.status).toBe(200);
  return (await me.json()) as { user: { username: string }; tenant: { domain: string } };
}

afterEach(killAllServers);

describe.skipIf(!usesPostgres())('start-up against an unreachable PostgreSQL', () => {
  it('exits with code 1 and one line naming host, port and database, never the password', async () => {
    const port = await freePort();
    const started = Date.now();
    const server = startServer({
      DATABASE_URL: `postgresql://someone:s3cretpw@127.0.0.1:${port}/portaldb`,
      PORT: String(await freePort()),
    });
    const code = await server.exited;
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(code).toBe(1);
    const lines = server.stderr().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`127.0.0.1:${port}/portaldb`);
    expect(lines[0]).toMatch(/^portal: cannot start: /);
    expect(server.stderr() + server.stdout()).not.toContain('s3cretpw');
    expect(server.stdout()).toBe('');
  }, 20_000);

  it('names the database in one line when it does not exist', async () => {
    const server = startServer({
      DATABASE_URL: 'postgresql://postgres:s3cretpw@127.0.0.1:5432/portal_no_such_database',
      PORT: String(await freePort()),
    });
    expect(await server.exited).toBe(1);
    const lines = server.stderr().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('127.0.0.1:5432/portal_no_such_database');
    expect(server.stderr()).not.toContain('s3cretpw');
  }, 20_000);

  it('refuses a bad configuration in one line with code 1', async () => {
    const server = startServer({ PUBLIC_URL: 'ftp://portal.example.com' });
    expect(await server.exited).toBe(1);
    const lines = server.stderr().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('PUBLIC_URL');
  }, 20_000);
});

describe.skipIf(usesPostgres())('start-up with the embedded database', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });
  const newDataDir = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'portal-start-'));
    dirs.push(dir);
    return dir;
  };

  async function run(
    env: Record<string, string>,
    whileUp: (port: number, stdout: string, server: Server) => Promise<void>,
  ) {
    const port = await freePort();
    const server = startServer({ ...env, PORT: String(port) });
    try {
      await waitFor(
        async () => {
          if (server.child.exitCode !== null) {
            throw new Error(`server exited: ${server.stderr()}`);
          }
          return (await healthy(port)) && server.stdout().includes('globex.tenant');
        },
        30_000,
        'the server to answer /api/health and print its banner',
      );
      await whileUp(port, server.stdout(), server);
    } finally {
      await stop(server);
    }
    expect(server.stderr()).toBe('');
  }

  function expectBanner(stdout: string, port: number, password: string) {
    expect(stdout).toContain(`http://localhost:${port}`);
    expect(stdout).toContain(`password: ${password}`);
    for (const user of DEMO_USERS) {
      expect(stdout).toMatch(
        new RegExp(`${user.domain.replaceAll('.', '\\.')}\\s+${user.username}\\s`),
      );
    }
  }

  async function countRows(dataDir: string) {
    const db = await openDatabase({ pgliteDir: path.join(dataDir, 'pglite') });
    try {
      return {
        tenants: await db.prisma.tenant.count(),
        users: await db.prisma.user.count(),
        hashes: (await db.prisma.user.findMany({ select: { passwordHash: true } }))
          .map((u) => u.passwordHash)
          .sort(),
      };
    } finally {
      await db.close();
    }
  }

  it('seeds the demo once, prints URL and credentials at every start, and signs in', async () => {
    const dataDir = await newDataDir();
    const env = { DATA_DIR: dataDir, DEMO_PASSWORD: 'Demo-Start-Pass-42' };

    await run(env, async (port, stdout) => {
      expectBanner(stdout, port, 'Demo-Start-Pass-42');
      const me = await signIn(port, 'acme.tenant', 'alice', 'Demo-Start-Pass-42');
      expect(me.user.username).toBe('alice');
      expect(me.tenant.domain).toBe('acme.tenant');
    });
    const first = await countRows(dataDir);
    expect(first.tenants).toBe(1 + DEMO_TENANTS.customers.length);
    expect(first.users).toBe(DEMO_USERS.length + DEMO_PORTAL_USERS.length);

    await run(env, async (port, stdout) => {
      expectBanner(stdout, port, 'Demo-Start-Pass-42');
      await signIn(port, 'acme.tenant', 'alice', 'Demo-Start-Pass-42');
    });
    // Nothing was seeded again: the same rows, with the same password hashes.
    expect(await countRows(dataDir)).toEqual(first);
  }, 60_000);

  it('generates a demo password when none is given, keeps it private, and prints it again', async () => {
    const dataDir = await newDataDir();
    let password = '';
    await run({ DATA_DIR: dataDir }, async (port, stdout) => {
      password = /password: (\S+)\)/.exec(stdout)?.[1] ?? '';
      expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
      expectBanner(stdout, port, password);
    });
    expect((await stat(path.join(dataDir, 'demo-password'))).mode & 0o777).toBe(0o600);
    expect((await stat(path.join(dataDir, 'session-secret'))).mode & 0o777).toBe(0o600);
    await run({ DATA_DIR: dataDir }, async (port, stdout) => {
      expectBanner(stdout, port, password);
      await signIn(port, 'globex.tenant', 'admin', password);
    });
  }, 60_000);

  it('refuses a second server on the same DATA_DIR in one line, and the first runs on', async () => {
    const dataDir = await newDataDir();
    await run({ DATA_DIR: dataDir }, async (port, _stdout, first) => {
      const second = startServer({ DATA_DIR: dataDir, PORT: String(await freePort()) });
      expect(await second.exited).toBe(1);
      expect(second.stderr()).toBe(
        `portal: cannot start: DATA_DIR ${dataDir} is in use by another portal process (pid ${first.child.pid})\n`,
      );
      expect(second.stdout()).toBe('');
      expect(await healthy(port)).toBe(true);
    });
    // Stopped (SIGTERM), the first one has let go of its lock.
    await expect(stat(path.join(dataDir, 'pglite.lock'))).rejects.toThrow(/ENOENT/);
  }, 60_000);
});
