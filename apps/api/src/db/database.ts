import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { describeDatabaseUrl } from './database-url.js';
import { acquireLock } from './lock-file.js';
import {
  listenOnPglite,
  listenOnPostgres,
  type NotificationHandlers,
  type StopListening,
} from './notifications.js';
import {
  createPool,
  type DatabaseTimeouts,
  DEFAULT_DATABASE_TIMEOUTS,
  POOL_MAX,
} from './pg-pool.js';
import { takingTurns } from './pglite-turns.js';

/** A raw connection for what Prisma cannot do: multi-statement scripts and session locks. */
export interface SqlConnection {
  exec(script: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  release(): Promise<void>;
}

/** Connections of the pg pool, for the metrics. */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

export interface Database {
  prisma: PrismaClient;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for messages; never contains a password. */
  location: string;
  connect(): Promise<SqlConnection>;
  /**
   * LISTEN on a channel: PostgreSQL on a dedicated connection that reconnects, PGlite in the
   * process. A NOTIFY sent in a transaction arrives when it commits, never if it rolls back.
   */
  listen(channel: string, handlers: NotificationHandlers): Promise<StopListening>;
  /** PostgreSQL only: PGlite is one connection inside the process, there is no pool to watch. */
  poolStats?(): PoolStats;
  /** PGlite only: the whole data directory as a tarball, to start other databases from. */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

export type DatabaseTarget = { databaseUrl: string; timeouts?: DatabaseTimeouts } | PgliteTarget;

export interface PgliteTarget {
  /** A directory, or `memory://`. */
  pgliteDir: string;
  /** A data directory dumped by PGlite's `dumpDataDir()` to start from (tests use a migrated one). */
  loadDataDir?: Blob;
}

/** One code path for both: PostgreSQL when a URL is given, embedded PGlite otherwise. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return 'databaseUrl' in target
    ? openPostgres(target.databaseUrl, target.timeouts ?? DEFAULT_DATABASE_TIMEOUTS)
    : openPglite(target);
}

async function openPostgres(databaseUrl: string, timeouts: DatabaseTimeouts): Promise<Database> {
  const pool = createPool(databaseUrl, timeouts);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { onPoolError: () => {} }) });
  return {
    prisma,
    kind: 'postgres',
    location: describeDatabaseUrl(databaseUrl),
    poolStats: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
      max: POOL_MAX,
    }),
    listen: (channel, handlers) =>
      listenOnPostgres(databaseUrl, timeouts.connectTimeoutMs, channel, handlers),
    // Outside the pool and its query time limit: migrations may run long, and a lock waits for
    // as long as another instance migrates.
    async connect() {
      const client = new pg.Client({
        connectionString: databaseUrl,
        connectionTimeoutMillis: timeouts.connectTimeoutMs,
      });
      client.on('error', () => {});
      await client.connect();
      return {
        exec: async (script) => {
          await client.query(script);
        },
        query: async <Row>(sql: string, params?: unknown[]) =>
          (await client.query(sql, params)).rows as Row[],
        release: () => client.end(),
      };
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/**
 * PGlite's defaults, with 16 MB of shared buffers instead of PostgreSQL's 128 MB: PGlite touches all
 * of them at start, so they were resident from the first second (measured: 281 → 164 MB RSS for a
 * bare PGlite on the demo database). A portal's hot data (sessions, users, tenants) fits many
 * times over, and reads beyond it come from the operating system's file cache.
 */
const PGLITE_EXTRA_START_PARAMS = ['-c', 'shared_buffers=16MB'];

/**
 * PGlite and its adapter, loaded only when the embedded database is opened: a server on
 * PostgreSQL never needs their code (several MB of it resident).
 */
async function loadPglite() {
  const [{ PGlite }, { btree_gin }, { pg_trgm }, { PrismaPGlite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/btree_gin'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('pglite-prisma-adapter'),
  ]);
  // The migrations create these extensions (trigram search); PGlite loads them only when given.
  return { PGlite, PrismaPGlite, extensions: { pg_trgm, btree_gin } };
}

/** The extensions PGlite must be given for the migrations (the tests' own PGlite, too). */
export async function pgliteExtensions() {
  return (await loadPglite()).extensions;
}

/** The lock file next to a PGlite directory: PGlite is one process's database, never shared. */
const pgliteLockFile = (dataDir: string) => `${path.resolve(dataDir)}.lock`;

async function openPglite({ pgliteDir: dataDir, loadDataDir }: PgliteTarget): Promise<Database> {
  const inMemory = dataDir === 'memory://';
  let releaseLock = async () => {};
  if (!inMemory) {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    releaseLock = await acquireLock(pgliteLockFile(dataDir));
  }
  const { PGlite, PrismaPGlite, extensions } = await loadPglite();
  const pglite = await PGlite.create(dataDir, {
    ...(loadDataDir ? { loadDataDir } : {}),
    extensions,
    startParams: [...PGlite.defaultStartParams, ...PGLITE_EXTRA_START_PARAMS],
  }).catch(async (error: unknown) => {
    await releaseLock();
    throw error;
  });
  // Everything but the dump and the close queues for its turn: fair under load (see TurnQueue).
  const queued = takingTurns(pglite);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(queued) });
  return {
    prisma,
    kind: 'pglite',
    location: inMemory ? 'PGlite in memory' : `PGlite in ${dataDir}`,
    async connect() {
      return {
        exec: async (script) => {
          await queued.exec(script);
        },
        query: async <Row>(sql: string, params?: unknown[]) =>
          (await queued.query<Row>(sql, params)).rows,
        release: async () => {},
      };
    },
    listen: (channel, handlers) => listenOnPglite(pglite, channel, handlers),
    // Uncompressed: a database starts from it faster than from a gzipped one.
    dumpDataDir: () => pglite.dumpDataDir('none'),
    async close() {
      try {
        await prisma.$disconnect();
        await pglite.close();
      } finally {
        await releaseLock();
      }
    },
  };
}
