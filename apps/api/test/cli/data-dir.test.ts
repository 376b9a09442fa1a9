import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { jsonErrorOf, jsonOf, runCliOn } from '../helpers/cli.js';
import { usesPostgres } from '../helpers/test-app.js';

describe.skipIf(usesPostgres())('the CLI on the embedded database in DATA_DIR', () => {
  let dataDir: string;
  const cli = (...args: string[]) => runCliOn(null, args, { DATA_DIR: dataDir });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'portal-cli-'));
    // Started from the run's migrated database: making and migrating one on disk takes long, and
    // `migrate` itself is tested in operations.test.ts.
    const template = inject('pgliteTemplate');
    if (template) {
      const loadDataDir = new Blob([await readFile(template)]);
      await (await openDatabase({ pgliteDir: path.join(dataDir, 'pglite'), loadDataDir })).close();
    }
  }, 60_000);
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('works on the database in DATA_DIR: migrate, create, list', async () => {
    const migrated = jsonOf<{ database: string; applied: string[] }>(
      await cli('migrate', '--json'),
    );
    expect(migrated).toEqual({
      database: `PGlite in ${path.join(dataDir, 'pglite')}`,
      applied: [],
    });
    expect(
      (
        await cli(
          'tenant',
          'create',
          '--kind',
          'reseller',
          '--name',
          'Embedded',
          '--domain',
          'embedded.tenant',
        )
      ).code,
    ).toBe(0);
    const list = jsonOf<{ domain: string }[]>(await cli('tenant', 'list', '--json'));
    expect(list.map((tenant) => tenant.domain)).toEqual(['embedded.tenant']);
  }, 60_000);

  it('refuses in one line while a server holds the embedded database', async () => {
    const server = await openDatabase({ pgliteDir: path.join(dataDir, 'pglite') });
    try {
      const run = await cli('tenant', 'list');
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(run.stderr).toBe(
        `portal: DATA_DIR ${dataDir} is in use by another portal process (pid ${process.pid}); stop it first (the embedded database serves one process at a time)\n`,
      );
      expect(jsonErrorOf(await cli('tenant', 'list', '--json')).error).toBe('database_in_use');
    } finally {
      await server.close();
    }
    expect((await cli('tenant', 'list')).code).toBe(0);
  }, 60_000);
});
