import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/db/database.js';
import { prepareSchema } from '../../src/db/startup.js';
import { createPasswordHasher, type PasswordHasher } from '../../src/security/password-hasher.js';
import { createSecretBox, type SecretBox } from '../../src/security/secret-box.js';
import { createTestDatabase, dropTestDatabase } from './postgres.js';

export const usesPostgres = () => process.env.TEST_DATABASE === 'postgres';

export interface TestDatabase {
  db: Database;
  /** Set on PostgreSQL: the URL of this test file's own database. */
  url?: string;
  close(): Promise<void>;
}

/** A fresh, migrated database: in-memory PGlite, or a new database on the test PostgreSQL. */
export async function createDatabase(): Promise<TestDatabase> {
  const database = await createEmptyDatabase();
  await prepareSchema(database.db);
  return database;
}

/**
 * A fresh database without any schema (for the migration tests). Its `close()` may be called
 * more than once, also after `db.close()`, so a test can take the database away on purpose.
 */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  if (!usesPostgres()) {
    const db = closeOnce(await openDatabase({ pgliteDir: 'memory://' }));
    return { db, close: () => db.close() };
  }
  const { name, url } = await createTestDatabase(inject('runId'));
  const db = closeOnce(await openDatabase({ databaseUrl: url }));
  return {
    db,
    url,
    async close() {
      await db.close();
      await dropTestDatabase(name);
    },
  };
}

function closeOnce(db: Database): Database {
  let closing: Promise<void> | undefined;
  return {
    ...db,
    close() {
      closing ??= db.close();
      return closing;
    },
  };
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    PASSWORD_HASHING: 'fast-insecure-for-tests',
    DATA_DIR: '/nonexistent-test-data-dir',
    WEB_DIST_DIR: '/nonexistent-web-dist',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    ...env,
  });
}

let fastHasher: Promise<PasswordHasher> | undefined;
export const testHasher = () => {
  fastHasher ??= createPasswordHasher({ fast: true });
  return fastHasher;
};

export interface TestAppOptions {
  env?: Record<string, string>;
  hasher?: PasswordHasher;
  sessionSecret?: string;
  /** Apps that must read each other's TOTP secrets (several instances) share one. */
  secretBox?: SecretBox;
  logger?: FastifyServerOptions['logger'];
}

/** An app on the given database; several apps on one database act as several instances. */
export async function createApp(
  db: Database,
  options: TestAppOptions = {},
): Promise<FastifyInstance> {
  const app = await buildApp({
    config: testConfig(options.env),
    db,
    hasher: options.hasher ?? (await testHasher()),
    sessionSecret: options.sessionSecret ?? randomBytes(32).toString('base64url'),
    secretBox: options.secretBox ?? createSecretBox(randomBytes(32)),
    logger: options.logger ?? false,
  });
  await app.ready();
  return app;
}
