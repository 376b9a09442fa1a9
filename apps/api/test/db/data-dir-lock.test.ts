import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConfiguredDatabase, StartupError } from '../../src/db/startup.js';
import { createDatabase, testConfig, usesPostgres } from '../helpers/test-app.js';

// PGlite is one process's database: a second portal on the same DATA_DIR would corrupt it.
describe.skipIf(usesPostgres())('the embedded database in DATA_DIR', () => {
  let dataDir: string;
  let lockFile: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'portal-lock-'));
    lockFile = path.join(dataDir, 'pglite.lock');
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  const open = () => openConfiguredDatabase(testConfig({ DATA_DIR: dataDir }));

  it('is refused to a second opener while open, in one line naming the holder, and free once closed', async () => {
    const first = await open();
    try {
      expect((await readFile(lockFile, 'utf8')).trim()).toBe(String(process.pid));
      const second = open();
      await expect(second).rejects.toThrow(StartupError);
      await expect(second).rejects.toThrow(
        `DATA_DIR ${dataDir} is in use by another portal process (pid ${process.pid})`,
      );
      // The refusal did not disturb the database that is open.
      expect(await first.prisma.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    } finally {
      await first.close();
    }
    await expect(stat(lockFile)).rejects.toThrow(/ENOENT/);
    const again = await open();
    await again.close();
  });

  it('is taken over from a process that ended without closing it (a stale lock)', async () => {
    const { pid: deadPid } = spawnSync(process.execPath, ['-e', '']);
    await writeFile(lockFile, `${deadPid}\n`);
    const db = await open();
    try {
      expect((await readFile(lockFile, 'utf8')).trim()).toBe(String(process.pid));
    } finally {
      await db.close();
    }
  });

  it('is not taken for in-memory databases, which any number may open at once', async () => {
    const [a, b] = await Promise.all([createDatabase(), createDatabase()]);
    await Promise.all([a.close(), b.close()]);
  });
});
