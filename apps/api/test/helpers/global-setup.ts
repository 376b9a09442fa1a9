import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { dumpMigratedPglite } from './pglite-template.js';
import { dropRunDatabases } from './postgres.js';
import { choosePostgresServer } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    runId: string;
    /** The file holding this run's migrated PGlite data directory (api-pglite only). */
    pgliteTemplate?: string;
    /** The PostgreSQL server's superuser URL (api-postgres only). */
    postgresUrl?: string;
  }
}

/**
 * Each run names its PostgreSQL databases after a run id and drops whatever is left of them at
 * the end, so a run never sees, nor leaves, another run's data. On PGlite, the run migrates one
 * database and every test file starts its databases from a copy of it.
 */
export default async function setup(project: TestProject) {
  const runId = randomBytes(4).toString('hex');
  project.provide('runId', runId);
  // The project's `env` reaches the test workers only, not this process.
  if (project.config.env.TEST_DATABASE === 'postgres') return setupPostgres(project, runId);
  const template = path.join(tmpdir(), `portal-pglite-template-${runId}.tar`);
  await writeFile(template, new Uint8Array(await (await dumpMigratedPglite()).arrayBuffer()));
  project.provide('pgliteTemplate', template);
  return () => rm(template, { force: true });
}

async function setupPostgres(project: TestProject, runId: string) {
  const server = await choosePostgresServer();
  console.info(server.choice);
  project.provide('postgresUrl', server.url);
  return async () => {
    // An embedded server goes as a whole, and its databases with it.
    if (server.stop) await server.stop();
    else await dropRunDatabases(server.url, runId);
  };
}
