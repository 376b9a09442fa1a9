import { readFile, unlink, writeFile } from 'node:fs/promises';

/** Another live process holds the lock: what it guards must not be opened a second time. */
export class LockHeldError extends Error {
  constructor(
    readonly lockFile: string,
    readonly pid: number,
  ) {
    super(`${lockFile} is held by another portal process (pid ${pid})`);
  }
}

// Locks this process holds, so that opening the same directory twice in one process is refused
// too, while a lock file that merely names our pid (left by an earlier process that had the same
// pid, as is usual for pid 1 in a container) is taken over.
const held = new Set<string>();

/**
 * Takes the lock file (created exclusively, holding our pid) and returns its release. A lock whose
 * process is gone (a crash, a kill -9) is stale and taken over. Node has no flock(), so the file
 * and a liveness check of its pid are the lock; two processes taking over the same stale lock at
 * the very same moment could both succeed, which a start after a crash does not do in practice.
 */
export async function acquireLock(lockFile: string): Promise<() => Promise<void>> {
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(lockFile, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      held.add(lockFile);
      return () => releaseLock(lockFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 2) throw error;
    }
    const pid = await lockHolder(lockFile);
    if (pid !== undefined && isAlive(pid) && (pid !== process.pid || held.has(lockFile)))
      throw new LockHeldError(lockFile, pid);
    await unlink(lockFile).catch(ignoreMissing);
  }
}

async function releaseLock(lockFile: string): Promise<void> {
  if (!held.delete(lockFile)) return;
  // Only our own lock: should it have been taken over meanwhile, it is not ours to remove.
  if ((await lockHolder(lockFile)) === process.pid) await unlink(lockFile).catch(ignoreMissing);
}

/** The pid in the lock file; undefined when it is gone or holds no pid (a torn write). */
async function lockHolder(lockFile: string): Promise<number | undefined> {
  const text = await readFile(lockFile, 'utf8').catch(ignoreMissing);
  const pid = Number.parseInt(text ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; it is alive all the same.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ignoreMissing(error: unknown): undefined {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  return undefined;
}
