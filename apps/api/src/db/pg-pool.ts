import pg from 'pg';

export interface DatabaseTimeouts {
  /** A query (or a statement on the server) that takes longer fails; its connection is dropped. */
  queryTimeoutMs: number;
  /** Waiting longer for a connection (new, or free in the pool) fails. */
  connectTimeoutMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = {
  queryTimeoutMs: 5000,
  connectTimeoutMs: 3000,
};

export const POOL_MAX = 10;

/** pg's own message for a query that outran `query_timeout`. */
export const QUERY_TIMEOUT_MESSAGE = 'Query read timeout';

/**
 * The pool Prisma's adapter runs on. A database that stops answering (frozen, not refusing) would
 * otherwise hold each request for as long as the freeze lasts: every query and every wait for a
 * connection has a time limit, and a connection whose query timed out is closed at once, because
 * its answer may still arrive and would be read as the next query's.
 */
export function createPool(connectionString: string, timeouts: DatabaseTimeouts): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: POOL_MAX,
    connectionTimeoutMillis: timeouts.connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    query_timeout: timeouts.queryTimeoutMs,
    statement_timeout: timeouts.queryTimeoutMs,
  });
  // An idle client whose server went away emits 'error'; unhandled it would end the process.
  pool.on('error', () => {});
  pool.on('connect', (client) => dropOnQueryTimeout(client));
  return pool;
}

type QueryFunction = (...args: unknown[]) => unknown;

/**
 * pg reports the timeout but keeps the connection, with the timed-out query still in flight.
 * Destroying its socket makes the pool drop it on release (pool.query already does so itself).
 */
function dropOnQueryTimeout(client: pg.PoolClient) {
  const query = client.query.bind(client) as QueryFunction;
  const dropIfTimedOut = (error: unknown) => {
    if (error instanceof Error && error.message === QUERY_TIMEOUT_MESSAGE) {
      client.connection.stream.destroy();
    }
  };
  const timedQuery: QueryFunction = (...args) => {
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      const withCheck = (error: unknown, result: unknown) => {
        dropIfTimedOut(error);
        return callback(error, result);
      };
      return query(...args.slice(0, -1), withCheck);
    }
    const result = query(...args);
    // A branch of its own: the caller still gets the rejection.
    if (result instanceof Promise) result.catch(dropIfTimedOut);
    return result;
  };
  Object.assign(client, { query: timedQuery });
}
