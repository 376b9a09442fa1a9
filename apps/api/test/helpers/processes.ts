import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';

const ROOT = new URL('../../../..', import.meta.url).pathname;

export interface RunningProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/**
 * Brings apps/api/dist up to date, as `pnpm build` and `pnpm portal` do (incremental: about a
 * second when nothing changed), so that tests can run what a deployment runs.
 */
export function buildApi(): void {
  for (const [command, args] of [
    [process.execPath, ['scripts/prisma-generate.mjs', '--if-missing']],
    [`${ROOT}node_modules/.bin/tsc`, ['-b', 'apps/api']],
  ] as const) {
    const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`building the API failed: ${result.stdout}${result.stderr}`);
    }
  }
}

/** `node apps/api/dist/<entry>`, as in a built deployment, with only the given environment. */
export function startBuilt(
  entry: 'server.js' | 'cli.js',
  args: string[],
  env: Record<string, string>,
): RunningProcess {
  const child = spawn(process.execPath, [`${ROOT}apps/api/dist/${entry}`, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Runs the operator CLI as its own process; resolves with its exit code and output. */
export async function runCliProcess(args: string[], env: Record<string, string>) {
  const run = startBuilt('cli.js', args, env);
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

export async function stopProcess(running: RunningProcess): Promise<void> {
  if (running.child.exitCode === null && running.child.signalCode === null) {
    running.child.kill('SIGTERM');
  }
  await running.exited;
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
