import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { afterAll, beforeAll, inject } from 'vitest';
import { buildApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/db/database.js';
import { prepareSchema } from '../../src/db/startup.js';
import type { Clock } from '../../src/plugins/app/session-idle.js';
import { createPasswordHasher, type PasswordHasher } from '../../src/security/password-hasher.js';
import { createSecretBox, type SecretBox } from '../../src/security/secret-box.js';
import { dumpMigratedPglite } from './pglite-template.js';
import { createTestDatabase, dropTestDatabase } from './postgres.js';

export const usesPostgres = () => process.env.TEST_DATABASE === 'postgres';

export interface TestDatabase {
  db: Database;
  /** Set on PostgreSQL: the URL of this test file's own database. */
  url?: string;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database: in-memory PGlite started from a copy of the run's migrated one, or a
 * new database on the test PostgreSQL.
 */
export async function createDatabase(): Promise<TestDatabase> {
  return usesPostgres() ? createMigratedDatabase() : inMemory(await migratedPglite());
}

/** A fresh database migrated here and now, for the tests that check what the migrations make. */
export async function createMigratedDatabase(): Promise<TestDatabase> {
  const database = await createEmptyDatabase();
  await prepareSchema(database.db);
  return database;
}

let migrated: Promise<Blob> | undefined;

/** The run's migrated PGlite from the global setup; made here, once, where there is none. */
export function migratedPglite(): Promise<Blob> {
  const file = inject('pgliteTemplate');
  migrated ??= file ? readFile(file).then((bytes) => new Blob([bytes])) : dumpMigratedPglite();
  return migrated;
}

/**
 * A fresh database without any schema (for the migration tests). Its `close()` may be called
 * more than once, also after `db.close()`, so a test can take the database away on purpose.
 */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  if (!usesPostgres()) return inMemory();
  const server = inject('postgresUrl');
  if (!server) throw new Error('no PostgreSQL server: the api-postgres global setup provides it');
  const { name, url } = await createTestDatabase(server, inject('runId'));
  const db = closeOnce(await openDatabase({ databaseUrl: url }));
  return {
    db,
    url,
    async close() {
      await db.close();
      await dropTestDatabase(server, name);
    },
  };
}

async function inMemory(loadDataDir?: Blob): Promise<TestDatabase> {
  const db = closeOnce(await openDatabase({ pgliteDir: 'memory://', loadDataDir }));
  return { db, close: () => db.close() };
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
  /** Changes the app before it starts (a test's deliberately broken variant). */
  beforeReady?: (app: FastifyInstance) => void;
  /** The sessions' time (idle and absolute timeouts), for tests that move it on. */
  clock?: Clock;
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
    checkContract: true,
    clock: options.clock,
  });
  options.beforeReady?.(app);
  await app.ready();
  return app;
}

export interface TestApp {
  /** The app under test, on `db`. */
  readonly app: FastifyInstance;
  readonly db: Database;
  readonly database: TestDatabase;
}

/**
 * A fresh database and an app on it for the tests of the current file or `describe`: started in
 * `beforeAll`, closed in `afterAll`. Read the properties inside tests and hooks, not before.
 */
export function useTestApp(options: TestAppOptions = {}): TestApp {
  const database = useTestDatabase();
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    app = await createApp(database.db, options);
  });
  afterAll(async () => {
    await app?.close();
  });
  return {
    get app() {
      return started(app);
    },
    get db() {
      return database.db;
    },
    get database() {
      return database.database;
    },
  };
}

/** A fresh database for the tests of the current file or `describe`, as `useTestApp` has. */
export function useTestDatabase(
  create: () => Promise<TestDatabase> = createDatabase,
): Omit<TestApp, 'app'> {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await create();
  });
  afterAll(async () => {
    await database?.close();
  });
  return {
    get db() {
      return started(database).db;
    },
    get database() {
      return started(database);
    },
  };
}

function started<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('not started yet: use it inside tests and hooks');
  return value;
}
