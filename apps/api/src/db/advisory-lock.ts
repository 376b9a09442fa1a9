import type { Database } from './database.js';

/** Provisioning at start (permission catalogue, demo data): one instance at a time. */
export const PROVISIONING_LOCK_ID = 72707371;

/**
 * Runs `work` while holding a PostgreSQL session advisory lock, waiting for it if another
 * instance holds it. The lock lives on a connection of its own, outside the pool's time limits,
 * since another instance may hold it for a while.
 */
export async function withAdvisoryLock<T>(
  db: Database,
  lockId: number,
  work: () => Promise<T>,
): Promise<T> {
  const connection = await db.connect();
  try {
    await connection.query('SELECT pg_advisory_lock($1)', [lockId]);
    try {
      return await work();
    } finally {
      await connection.query('SELECT pg_advisory_unlock($1)', [lockId]);
    }
  } finally {
    await connection.release();
  }
}
