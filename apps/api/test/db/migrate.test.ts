import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.js';
import {
  MIGRATIONS_DIR,
  type Migration,
  MigrationError,
  migrate,
  readMigrations,
} from '../../src/db/migrate.js';
import { createEmptyDatabase, type TestDatabase, usesPostgres } from '../helpers/test-app.js';

interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

async function query<Row>(db: Database, sql: string): Promise<Row[]> {
  const connection = await db.connect();
  try {
    return await connection.query<Row>(sql);
  } finally {
    await connection.release();
  }
}

const migrationRows = (db: Database) =>
  query<MigrationRow>(db, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');

async function tableExists(db: Database, name: string): Promise<boolean> {
  const rows = await query<{ found: boolean }>(
    db,
    `SELECT to_regclass('public.${name}') IS NOT NULL AS found`,
  );
  return rows[0]?.found === true;
}

/** The migration folders as Prisma keeps them, read independently of the code under test. */
async function migrationFolders(): Promise<{ name: string; checksum: string }[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(MIGRATIONS_DIR, name, 'migration.sql'));
      return { name, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

describe('migrate', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  async function emptyDatabase(): Promise<TestDatabase> {
    const database = await createEmptyDatabase();
    cleanup.push(() => database.close());
    return database;
  }

  it('applies every migration to a fresh database and records it as Prisma Migrate does', async () => {
    const { db } = await emptyDatabase();
    const folders = await migrationFolders();
    expect(folders.length).toBeGreaterThan(0);

    const applied = await migrate(db);
    expect(applied).toEqual(folders.map((f) => f.name));

    const rows = await migrationRows(db);
    expect(rows.map((r) => r.migration_name)).toEqual(folders.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(folders[i]?.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.started_at.getTime()).toBeLessThanOrEqual(row.finished_at?.getTime() ?? 0);
    }
    expect(await tableExists(db, 'users')).toBe(true);
  });

  it('creates _prisma_migrations with the columns and types of Prisma Migrate', async () => {
    const { db } = await emptyDatabase();
    await migrate(db);
    const columns = await query<{ column_name: string; data_type: string; is_nullable: string }>(
      db,
      `SELECT column_name, data_type, is_nullable FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name = '_prisma_migrations'
       ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => `${c.column_name} ${c.data_type} ${c.is_nullable}`)).toEqual([
      'id character varying NO',
      'checksum character varying NO',
      'finished_at timestamp with time zone YES',
      'migration_name character varying NO',
      'logs text YES',
      'rolled_back_at timestamp with time zone YES',
      'started_at timestamp with time zone NO',
      'applied_steps_count integer NO',
    ]);
  });

  it('applies nothing on a second run', async () => {
    const { db } = await emptyDatabase();
    await migrate(db);
    const before = await migrationRows(db);
    expect(await migrate(db)).toEqual([]);
    expect(await migrationRows(db)).toEqual(before);
  });

  it('applies only what is new', async () => {
    const { db } = await emptyDatabase();
    const all = await readMigrations();
    await migrate(db, all);
    const extra: Migration = sqlMigration(
      '29991231000000_add_probe',
      'CREATE TABLE "probe" (id INT);',
    );
    expect(await migrate(db, [...all, extra])).toEqual([extra.name]);
    expect(await tableExists(db, 'probe')).toBe(true);
    expect((await migrationRows(db)).map((r) => r.migration_name)).toContain(extra.name);
  });

  it('refuses to start when an applied migration was changed afterwards', async () => {
    const { db } = await emptyDatabase();
    await migrate(db);
    const dir = await mkdtemp(path.join(tmpdir(), 'migrations-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const [first] = await migrationFolders();
    const file = path.join(dir, first?.name ?? '', 'migration.sql');
    await writeFile(file, `${await readFile(file, 'utf8')}\n-- edited after it was applied\n`);

    const changed = await readMigrations(dir);
    await expect(migrate(db, changed)).rejects.toThrow(MigrationError);
    await expect(migrate(db, changed)).rejects.toThrow(
      `Migration ${first?.name} was changed after it was applied`,
    );
  });

  it('applies a failing migration not at all, reports it, and stops there', async () => {
    const { db } = await emptyDatabase();
    const all = await readMigrations();
    const broken = sqlMigration(
      '29991231000000_broken',
      'CREATE TABLE "half_done" (id INT);\nINSERT INTO "no_such_table" VALUES (1);',
    );
    const after = sqlMigration('29991231000001_after', 'CREATE TABLE "after_broken" (id INT);');

    const failure = migrate(db, [...all, broken, after]);
    await expect(failure).rejects.toThrow(MigrationError);
    await expect(failure).rejects.toThrow(/29991231000000_broken failed: .*no_such_table/);

    // The earlier migrations stay applied; the broken one left nothing behind; none ran after it.
    const names = (await migrationRows(db)).map((r) => r.migration_name);
    expect(names).toEqual(all.map((m) => m.name));
    expect(await tableExists(db, 'half_done')).toBe(false);
    expect(await tableExists(db, 'after_broken')).toBe(false);

    // Once fixed, the next run applies it and what follows.
    const fixed = sqlMigration(broken.name, 'CREATE TABLE "half_done" (id INT);');
    expect(await migrate(db, [...all, fixed, after])).toEqual([fixed.name, after.name]);
  });

  it('refuses to start while a migration is recorded as started but not finished', async () => {
    const { db } = await emptyDatabase();
    await migrate(db);
    await query(
      db,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name)
       VALUES ('00000000-0000-0000-0000-000000000001', '${'0'.repeat(64)}', '29991231000000_crashed')`,
    );
    await expect(migrate(db)).rejects.toThrow(/29991231000000_crashed failed earlier/);
  });

  it.skipIf(!usesPostgres())(
    'lets two instances migrate one fresh database at once: each migration is applied once',
    async () => {
      const database = await emptyDatabase();
      const second = await openDatabase({ databaseUrl: database.url as string });
      cleanup.push(() => second.close());
      const folders = await migrationFolders();

      const [a, b] = await Promise.all([migrate(database.db), migrate(second)]);
      expect([...a, ...b].sort()).toEqual(folders.map((f) => f.name));
      expect([a.length, b.length].sort()).toEqual([0, folders.length]);
      const rows = await migrationRows(database.db);
      expect(rows.map((r) => r.migration_name)).toEqual(folders.map((f) => f.name));
    },
  );
});

function sqlMigration(name: string, sql: string): Migration {
  return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
}
