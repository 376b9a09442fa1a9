import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { adminPool, dropRunDatabases } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    runId: string;
  }
}

/**
 * Each run names its PostgreSQL databases after a run id and drops whatever is left of them at
 * the end, so a run never sees, nor leaves, another run's data.
 */
export default async function setup(project: TestProject) {
  const runId = randomBytes(4).toString('hex');
  project.provide('runId', runId);
  if (process.env.TEST_DATABASE !== 'postgres') return;
  const pool = adminPool();
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `PostgreSQL for the api-postgres tests is not reachable: ${(error as Error).message}`,
    );
  } finally {
    await pool.end();
  }
  return async () => {
    await dropRunDatabases(runId);
  };
}
