import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server the api-postgres tests use; each test file gets a database of its own there. */
export const TEST_POSTGRES_URL =
  process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export function adminPool() {
  return new pg.Pool({ connectionString: TEST_POSTGRES_URL, max: 2 });
}

export function databaseUrl(name: string): string {
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createTestDatabase(runId: string): Promise<{ name: string; url: string }> {
  const name = `portal_test_${runId}_${randomBytes(4).toString('hex')}`;
  const pool = adminPool();
  try {
    await pool.query(`CREATE DATABASE "${name}"`);
  } finally {
    await pool.end();
  }
  return { name, url: databaseUrl(name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  const pool = adminPool();
  try {
    await pool.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await pool.end();
  }
}

export async function dropRunDatabases(runId: string): Promise<void> {
  const pool = adminPool();
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
