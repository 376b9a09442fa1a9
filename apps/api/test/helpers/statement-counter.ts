import { PGlite, type Transaction } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { inject } from 'vitest';
import { type Database, pgliteExtensions } from '../../src/db/database.js';
import { listenOnPglite, listenOnPostgres } from '../../src/db/notifications.js';
import { createPool, DEFAULT_DATABASE_TIMEOUTS } from '../../src/db/pg-pool.js';
import { PrismaClient } from '../../src/generated/prisma/client.js';
import { createTestDatabase, dropTestDatabase } from './postgres.js';
import { migratedPglite, type TestDatabase, usesPostgres } from './test-app.js';

/**
 * Every SQL statement the database driver sends, whoever sends it (Prisma's queries, raw SQL,
 * BEGIN and COMMIT of transactions, the app's own connections), counted below Prisma: at the `pg`
 * client of each pooled connection, or at the PGlite instance.
 */
export interface StatementLog {
  /** The statements sent so far, in order (SQL text only, never parameters). */
  readonly statements: readonly string[];
  /** Forgets what was counted so far. */
  reset(): void;
}

/** A fresh migrated database (PGlite or PostgreSQL, as the project runs) whose statements count. */
export async function createCountedDatabase(): Promise<TestDatabase & { log: StatementLog }> {
  const statements: string[] = [];
  const log: StatementLog = {
    statements,
    reset: () => {
      statements.length = 0;
    },
  };
  const record = (sql: unknown) => {
    statements.push(typeof sql === 'string' ? sql : String((sql as { text?: unknown }).text));
  };
  return { ...(usesPostgres() ? await countedPostgres(record) : await countedPglite(record)), log };
}

type Record = (sql: unknown) => void;

async function countedPostgres(record: Record): Promise<TestDatabase> {
  const server = inject('postgresUrl');
  if (!server) throw new Error('no PostgreSQL server: the api-postgres global setup provides it');
  const { name, url } = await createTestDatabase(server, inject('runId'));
  const pool = createPool(url, DEFAULT_DATABASE_TIMEOUTS);
  // Every statement of a pooled connection, also those of `pool.query`, goes through its `query`.
  pool.on('connect', (client: pg.PoolClient) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    Object.assign(client, {
      query: (...args: unknown[]) => {
        record(args[0]);
        return query(...args);
      },
    });
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { onPoolError: () => {} }) });
  const db = await withSchema({
    prisma,
    kind: 'postgres',
    location: 'counted PostgreSQL',
    async connect() {
      const client = await pool.connect();
      return {
        exec: async (script) => {
          await client.query(script);
        },
        query: async <Row>(sql: string, params?: unknown[]) =>
          (await client.query(sql, params)).rows as Row[],
        release: async () => client.release(),
      };
    },
    // On its own connection, outside the counted pool: the session cache's invalidations.
    listen: (channel, handlers) =>
      listenOnPostgres(url, DEFAULT_DATABASE_TIMEOUTS.connectTimeoutMs, channel, handlers),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  });
  return {
    db,
    url,
    async close() {
      await db.close();
      await dropTestDatabase(server, name);
    },
  };
}

async function countedPglite(record: Record): Promise<TestDatabase> {
  const pglite = await PGlite.create('memory://', {
    loadDataDir: await migratedPglite(),
    extensions: await pgliteExtensions(),
  });
  const counted = countedQueries(pglite, record);
  // A transaction is BEGIN, its statements, then COMMIT or ROLLBACK.
  const transaction: PGlite['transaction'] = async (callback) => {
    record('BEGIN');
    try {
      return await pglite.transaction((tx) => callback(countedQueries(tx, record)));
    } finally {
      record('COMMIT or ROLLBACK');
    }
  };
  const client = new Proxy(pglite, {
    get(target, property) {
      if (property === 'query') return counted.query;
      if (property === 'exec') return counted.exec;
      if (property === 'transaction') return transaction;
      const value: unknown = Reflect.get(target, property, target);
      // PGlite keeps private fields: its methods must run on the instance, not on the proxy.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client) });
  const db: Database = {
    prisma,
    kind: 'pglite',
    location: 'counted PGlite',
    async connect() {
      return {
        exec: async (script) => {
          await counted.exec(script);
        },
        query: async <Row>(sql: string, params?: unknown[]) =>
          (await counted.query<Row>(sql, params)).rows,
        release: async () => {},
      };
    },
    listen: (channel, handlers) => listenOnPglite(pglite, channel, handlers),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
  return { db, close: () => db.close() };
}

/** `query` and `exec` of PGlite or of one of its transactions, each call recorded. */
function countedQueries<Client extends PGlite | Transaction>(client: Client, record: Record) {
  const query: Client['query'] = (sql, ...rest) => {
    record(sql);
    return client.query(sql, ...rest);
  };
  const exec: Client['exec'] = (sql, ...rest) => {
    record(sql);
    return client.exec(sql, ...rest);
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === 'query') return query;
      if (property === 'exec') return exec;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function withSchema(db: Database): Promise<Database> {
  const { prepareSchema } = await import('../../src/db/startup.js');
  await prepareSchema(db);
  return db;
}
