import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, LockHeldError } from './lock-file.js';

/** The pid of a process that has already exited. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  if (!pid) throw new Error('no child process');
  return pid;
}

describe('lock file', () => {
  let dir: string;
  let lockFile: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lock-file-'));
    lockFile = path.join(dir, 'pglite.lock');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const holder = async () => (await readFile(lockFile, 'utf8')).trim();

  it('is created with our pid, private, and removed on release', async () => {
    const release = await acquireLock(lockFile);
    expect(await holder()).toBe(String(process.pid));
    expect((await stat(lockFile)).mode & 0o777).toBe(0o600);
    await release();
    await expect(stat(lockFile)).rejects.toThrow(/ENOENT/);
  });

  it('is refused while another live process holds it, naming that pid', async () => {
    await writeFile(lockFile, `${process.ppid}\n`);
    const refusal = acquireLock(lockFile);
    await expect(refusal).rejects.toThrow(LockHeldError);
    await expect(refusal).rejects.toThrow(`held by another portal process (pid ${process.ppid})`);
    expect(await holder()).toBe(String(process.ppid));
  });

  it('is refused a second time in the same process until released', async () => {
    const release = await acquireLock(lockFile);
    await expect(acquireLock(lockFile)).rejects.toThrow(`(pid ${process.pid})`);
    await release();
    const again = await acquireLock(lockFile);
    await again();
  });

  it.each([
    ['whose process is gone', () => `${deadPid()}\n`],
    ['left by an earlier process with our pid (pid 1 in a container)', () => `${process.pid}\n`],
    ['without a pid (a torn write)', () => ''],
  ])('is taken over when stale: a lock %s', async (_what, content) => {
    await writeFile(lockFile, content());
    const release = await acquireLock(lockFile);
    expect(await holder()).toBe(String(process.pid));
    await release();
  });

  it('is not removed on release once another process has taken it over', async () => {
    const release = await acquireLock(lockFile);
    await writeFile(lockFile, `${process.ppid}\n`);
    await release();
    expect(await holder()).toBe(String(process.ppid));
  });
});
