import { randomBytes } from 'node:crypto';
import { runCli } from '../../src/cli/index.js';
import type { Database } from '../../src/db/database.js';
import { type TestDatabase, usesPostgres } from './test-app.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Test keys: 32 random bytes as hex, as an operator would generate them. */
export const newEncryptionKey = () => randomBytes(32).toString('hex');

/** So that no run generates a key file anywhere. */
const DEFAULT_KEY = newEncryptionKey();

/** The environment of a development machine with the test's fast hashing and its own key. */
export function cliEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    PASSWORD_HASHING: 'fast-insecure-for-tests',
    DATA_DIR: '/nonexistent-test-data-dir',
    WEB_DIST_DIR: '/nonexistent-web-dist',
    PUBLIC_URL: 'http://portal.test',
    TOTP_ENCRYPTION_KEY: DEFAULT_KEY,
    ...extra,
  };
}

/**
 * Runs the CLI in this process on the test's database: on PostgreSQL through DATABASE_URL, as an
 * operator would; on PGlite the in-memory database is handed in (an embedded one in a DATA_DIR
 * is what cli/data-dir.test.ts runs on).
 */
export async function runCliOn(
  database: TestDatabase | { db: Database; url?: string } | null,
  args: string[],
  env: Record<string, string> = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const onPostgres = usesPostgres() && database?.url;
  const code = await runCli(args, {
    env: cliEnv({ ...(onPostgres ? { DATABASE_URL: database.url } : {}), ...env }),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    ...(database && !onPostgres ? { database: database.db } : {}),
  });
  return { code, stdout, stderr };
}

/** The `--json` answer of a run that must have succeeded. */
export function jsonOf<T>(run: CliRun): T {
  if (run.code !== 0) throw new Error(`exit ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** The `{error, message}` of a `--json` run that failed. */
export function jsonErrorOf(run: CliRun): { error: string; message: string } {
  return JSON.parse(run.stderr) as { error: string; message: string };
}
