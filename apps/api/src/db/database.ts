import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.js';
import { describeDatabaseUrl } from './database-url.js';

/** A raw connection for what Prisma cannot do: multi-statement scripts and session locks. */
export interface SqlConnection {
  exec(script: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  release(): Promise<void>;
}

export interface Database {
  prisma: PrismaClient;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for messages; never contains a password. */
  location: string;
  connect(): Promise<SqlConnection>;
  close(): Promise<void>;
}

export type DatabaseTarget = { databaseUrl: string } | { pgliteDir: string };

/** One code path for both: PostgreSQL when a URL is given, embedded PGlite otherwise. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return 'databaseUrl' in target ? openPostgres(target.databaseUrl) : openPglite(target.pgliteDir);
}

async function openPostgres(databaseUrl: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client whose server went away emits 'error'; unhandled it would end the process.
  pool.on('error', () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { onPoolError: () => {} }) });
  return {
    prisma,
    kind: 'postgres',
    location: describeDatabaseUrl(databaseUrl),
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
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  if (dataDir !== 'memory://') await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const pglite = await PGlite.create(dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    kind: 'pglite',
    location: dataDir === 'memory://' ? 'PGlite in memory' : `PGlite in ${dataDir}`,
    async connect() {
      return {
        exec: async (script) => {
          await pglite.exec(script);
        },
        query: async <Row>(sql: string, params?: unknown[]) =>
          (await pglite.query<Row>(sql, params)).rows,
        release: async () => {},
      };
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
