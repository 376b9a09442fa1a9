import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { createDatabase, createMigratedDatabase, useTestDatabase } from '../helpers/test-app.js';
import {
  compareSchemas,
  factsFromDatabase,
  factsFromSchema,
  factsFromSchemaFile,
  SCHEMA_PATH,
  type SchemaFacts,
} from './schema-shape.js';

async function databaseFacts(db: Database): Promise<SchemaFacts> {
  const connection = await db.connect();
  try {
    return await factsFromDatabase(connection);
  } finally {
    await connection.release();
  }
}

/** Runs DDL on a fresh migrated database and returns how it now differs from schema.prisma. */
async function differencesAfter(ddl: string[]): Promise<string[]> {
  const database = await createDatabase();
  try {
    const connection = await database.db.connect();
    try {
      for (const statement of ddl) await connection.exec(statement);
    } finally {
      await connection.release();
    }
    return compareSchemas(await factsFromSchemaFile(), await databaseFacts(database.db));
  } finally {
    await database.close();
  }
}

describe('schema.prisma and the migrated database', () => {
  // Migrated here, not copied from the run's migrated PGlite: this compares the migrations' work.
  const ctx = useTestDatabase(createMigratedDatabase);
  let expected: SchemaFacts;
  let actual: SchemaFacts;

  beforeAll(async () => {
    expected = await factsFromSchemaFile();
    actual = await databaseFacts(ctx.db);
  });

  it('agree: models, columns, types, nullability, defaults, keys, indexes, foreign keys, enums', () => {
    expect(compareSchemas(expected, actual)).toEqual([]);
  });

  it('covers every model, field and index of the schema (the comparison is not vacuous)', () => {
    const kinds = (facts: SchemaFacts, kind: string) =>
      [...facts.keys()].filter((fact) => fact.startsWith(`${kind} `)).length;
    // At least what the first migration has; the schema only grows from here.
    expect(kinds(expected, 'table')).toBeGreaterThanOrEqual(14);
    expect(kinds(expected, 'enum')).toBeGreaterThanOrEqual(4);
    expect(kinds(expected, 'column')).toBeGreaterThanOrEqual(80);
    expect(kinds(expected, 'primary key')).toBe(kinds(expected, 'table'));
    expect(kinds(expected, 'unique index')).toBeGreaterThanOrEqual(8);
    expect(kinds(expected, 'index')).toBeGreaterThanOrEqual(10);
    expect(kinds(expected, 'foreign key')).toBeGreaterThanOrEqual(12);
    expect(expected.get('column sessions.expires_at')).toBe(
      'timestamp with time zone(3), not null',
    );
    expect(expected.get('column tenants.kind')).toBe('enum TenantKind, not null');
    expect(expected.get('column audit_events.id')).toBe(
      'bigint, not null, default autoincrement()',
    );
    expect(expected.get('column audit_events.details')).toBe('jsonb, not null, default {}');
    expect(expected.get('column audit_events.subject_username')).toBe('text, nullable');
    expect(expected.get('column users.email')).toBe('text, nullable');
    expect(expected.get('column users.id')).toBe('uuid, not null, default gen_random_uuid()');
    expect(expected.get('unique index users_tenant_id_username_key_key')).toBe(
      'on users (tenant_id, username_key)',
    );
    // Passkeys: a credential id belongs to one account across every tenant.
    expect(expected.get('unique index webauthn_credentials_credential_id_key')).toBe(
      'on webauthn_credentials (credential_id)',
    );
    expect(expected.get('column webauthn_credentials.public_key')).toBe('bytea, not null');
    expect(expected.get('unique index webauthn_challenges_challenge_key')).toBe(
      'on webauthn_challenges (challenge)',
    );
  });

  it('reports a column that exists only in the database', async () => {
    expect(await differencesAfter(['ALTER TABLE "sessions" ADD COLUMN "extra" TEXT'])).toEqual([
      'column sessions.extra (text, nullable): in the database, not in schema.prisma',
    ]);
  });

  it('reports a unique index that the database lacks', async () => {
    expect(await differencesAfter(['DROP INDEX "tenants_domain_key"'])).toEqual([
      'unique index tenants_domain_key (on tenants (domain)): in schema.prisma, not in the database',
    ]);
  });

  it('reports changed nullability, types, defaults, enum values, keys and extra tables', async () => {
    const differences = await differencesAfter([
      'ALTER TABLE "users" ALTER COLUMN "email" SET NOT NULL',
      'ALTER TABLE "tenants" ALTER COLUMN "name" TYPE VARCHAR(100)',
      'ALTER TABLE "login_lockouts" ALTER COLUMN "failures" SET DEFAULT 1',
      `ALTER TYPE "UserStatus" ADD VALUE 'suspended'`,
      'ALTER TABLE "sessions" DROP CONSTRAINT "sessions_user_id_fkey"',
      'CREATE UNIQUE INDEX "users_email_key" ON "users"("email")',
      'CREATE TABLE "stray" ("id" INTEGER PRIMARY KEY)',
    ]);
    expect(differences).toEqual([
      'column login_lockouts.failures: schema.prisma has integer, not null, default 0; the database has integer, not null, default 1',
      'column stray.id (integer, not null): in the database, not in schema.prisma',
      'column tenants.name: schema.prisma has text, not null; the database has character varying(100), not null',
      'column users.email: schema.prisma has text, nullable; the database has text, not null',
      'enum UserStatus: schema.prisma has active, deactivated; the database has active, deactivated, suspended',
      'foreign key sessions (user_id) (references users (id), on delete Cascade, on update Cascade): in schema.prisma, not in the database',
      // The expression index on lower(name) follows the column's new type.
      'index tenants_parent_id_lower_name_id_idx: schema.prisma has on tenants (parent_id, lower(name), id); the database has on tenants (parent_id, lower(name::text), id)',
      'primary key stray_pkey (on stray (id)): in the database, not in schema.prisma',
      'table stray (exists): in the database, not in schema.prisma',
      'unique index users_email_key (on users (email)): in the database, not in schema.prisma',
    ]);
  });

  it('reports what a schema.prisma change adds, against the same database', async () => {
    const schema = (await readFile(SCHEMA_PATH, 'utf8'))
      .replace(/^(\s+email\s+String\?)/m, '$1 @unique')
      .replace(/^\s+lockNoticeSentAt\s+DateTime\?.*\n/m, '')
      .replace(/^(\s+ip\s+String\?)\n(\s+userAgent)/m, '$1 @db.Inet\n$2');
    expect(compareSchemas(await factsFromSchema(schema), actual)).toEqual([
      'column sessions.ip: schema.prisma has inet, nullable; the database has text, nullable',
      'column users.lock_notice_sent_at (timestamp with time zone(3), nullable): in the database, not in schema.prisma',
      'unique index users_email_key (on users (email)): in schema.prisma, not in the database',
    ]);
  });
});
