import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database, SqlConnection } from './database.js';

/**
 * Applies prisma/migrations/<name>/migration.sql in name order and records each in Prisma's own
 * `_prisma_migrations` table, so that `prisma migrate deploy` agrees with it wherever the Prisma
 * schema engine is available. (The engine is a downloaded binary that these machines cannot get.)
 */
export const MIGRATIONS_DIR = path.resolve(
  new URL('../../../../prisma/migrations', import.meta.url).pathname,
);

// The advisory lock id that Prisma Migrate itself takes, so the two never run at once.
const MIGRATION_LOCK_ID = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export class MigrationError extends Error {}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

/** Applies what is pending; returns the names applied now. Safe to run from many instances. */
export async function migrate(db: Database, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await readMigrations());
  const connection = await db.connect();
  try {
    await connection.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    try {
      await connection.exec(CREATE_MIGRATIONS_TABLE);
      const pending = pendingMigrations(all, await appliedMigrations(connection));
      for (const migration of pending) await applyOne(connection, migration);
      return pending.map((m) => m.name);
    } finally {
      await connection.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]);
    }
  } finally {
    await connection.release();
  }
}

async function appliedMigrations(connection: SqlConnection): Promise<AppliedRow[]> {
  return connection.query<AppliedRow>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"',
  );
}

function pendingMigrations(all: Migration[], applied: AppliedRow[]): Migration[] {
  const live = applied.filter((row) => row.rolled_back_at === null);
  const failed = live.find((row) => row.finished_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} failed earlier and needs attention before starting`,
    );
  }
  const known = new Map(live.map((row) => [row.migration_name, row]));
  for (const migration of all) {
    const row = known.get(migration.name);
    if (row && row.checksum !== migration.checksum) {
      throw new MigrationError(`Migration ${migration.name} was changed after it was applied`);
    }
  }
  return all.filter((migration) => !known.has(migration.name));
}

/** One migration in one transaction: it is either applied and recorded, or not at all. */
async function applyOne(connection: SqlConnection, migration: Migration): Promise<void> {
  await connection.exec('BEGIN');
  try {
    const id = randomUUID();
    await connection.query(
      'INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)',
      [id, migration.checksum, migration.name],
    );
    await connection.exec(migration.sql);
    await connection.query(
      'UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1',
      [id],
    );
    await connection.exec('COMMIT');
  } catch (error) {
    await connection.exec('ROLLBACK');
    throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`);
  }
}
