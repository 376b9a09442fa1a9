// The built server (apps/api/dist/server.js) as a child process, for the benchmarks: started on a
// free loopback port with its own throwaway DATA_DIR, signed in to over HTTP, measured from
// outside (RSS from /proc), stopped. Run `node scripts/build.mjs` first.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const SERVER_ENTRY = path.join(root, 'apps/api/dist/server.js');
export const BENCH_PASSWORD = 'bench-password-123';

/** A port nothing listens on right now (the server is then started on it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the built server and resolves once it listens. `databaseUrl` unset: the embedded PGlite
 * in a new DATA_DIR (seeded with the demo data, password BENCH_PASSWORD), or in `dataDir` when
 * given (kept at the stop, to start again on it). `env` adds to or
 * overrides the defaults (e.g. LOG_LEVEL, NODE_ENV); `nodeOptions` go to node (e.g. --cpu-prof).
 */
export async function startPortalServer({
  databaseUrl,
  dataDir: givenDataDir,
  env = {},
  nodeOptions = [],
  startTimeoutMs = 120_000,
} = {}) {
  const dataDir = givenDataDir ?? mkdtempSync(path.join(tmpdir(), 'portal-bench-'));
  const removeDataDir = () => {
    if (!givenDataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeOptions, SERVER_ENTRY], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO_PASSWORD: BENCH_PASSWORD,
      AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
      // One JSON line per request would measure the log pipe, not the server.
      LOG_LEVEL: 'warn',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    // Only the start is of interest (the banner, or why it failed); the rest is drained.
    if (output.length < 64 * 1024) output += chunk;
  };
  child.stdout.setEncoding('utf8').on('data', keep);
  child.stderr.setEncoding('utf8').on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const started = performance.now();
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`server did not start in ${startTimeoutMs} ms:\n${output}`));
    }, startTimeoutMs);
    const onData = () => {
      if (output.includes('Tenant login portal:')) {
        cleanup();
        resolve();
      }
    };
    const onExit = (code) => {
      cleanup();
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.off('exit', onExit);
    };
    child.stdout.on('data', onData);
    child.once('exit', onExit);
  }).catch(async (error) => {
    child.kill('SIGKILL');
    await exited;
    removeDataDir();
    throw error;
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    port,
    pid: child.pid,
    startMs: performance.now() - started,
    /** Resident set size of the server process, in bytes (Linux: /proc/PID/status). */
    rssBytes: () => readRssBytes(child.pid),
    /** Signs in (acme.tenant/alice by default) and returns the session cookie ("name=value"). */
    signIn: (who) => signIn(base, who),
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
      removeDataDir();
    },
  };
}

export function readRssBytes(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

export async function signIn(
  base,
  { tenantDomain = 'acme.tenant', username = 'alice', password = BENCH_PASSWORD } = {},
) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantDomain, username, password }),
  });
  const setCookie = response.headers.get('set-cookie');
  await response.arrayBuffer();
  if (response.status !== 200 || !setCookie) {
    throw new Error(`sign-in as ${tenantDomain}/${username} answered ${response.status}`);
  }
  return setCookie.split(';')[0];
}
