import { randomBytes } from 'node:crypto';
import pg from 'pg';

/*
 * The api-postgres tests' server is chosen once per run by the global setup (postgres-server.ts)
 * and handed to the workers with `inject('postgresUrl')`; `server` below is its URL. Each test
 * file gets a database of its own there.
 */

export function adminPool(server: string) {
  return new pg.Pool({ connectionString: server, max: 2 });
}

export function databaseUrl(server: string, name: string): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createTestDatabase(
  server: string,
  runId: string,
): Promise<{ name: string; url: string }> {
  const name = `portal_test_${runId}_${randomBytes(4).toString('hex')}`;
  const pool = adminPool(server);
  try {
    await pool.query(`CREATE DATABASE "${name}"`);
  } finally {
    await pool.end();
  }
  return { name, url: databaseUrl(server, name) };
}

export async function dropTestDatabase(server: string, name: string): Promise<void> {
  const pool = adminPool(server);
  try {
    await pool.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await pool.end();
  }
}

export async function dropRunDatabases(server: string, runId: string): Promise<void> {
  const pool = adminPool(server);
  try {
    const { rows } = await pool.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`portal_test_${runId}_%`],
    );
    for (const { datname } of rows)
      await pool.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await pool.end();
  }
}
