import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import type { PasswordHasher } from '../security/password-hasher.js';
import { PROVISIONING_LOCK_ID, withAdvisoryLock } from './advisory-lock.js';
import { type Database, openDatabase } from './database.js';
import { LockHeldError } from './lock-file.js';
import { migrate } from './migrate.js';
import { syncPermissions } from './provisioning.js';
import { generateDemoPassword, seedDemoData } from './seed.js';

export class StartupError extends Error {}

/**
 * Opens the configured database and fails fast, in one line, when it cannot be reached, or when
 * another portal process already runs on the embedded database in DATA_DIR.
 */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  const db = await openDatabase(
    config.databaseUrl
      ? { databaseUrl: config.databaseUrl, timeouts: config.databaseTimeouts }
      : { pgliteDir: path.join(config.dataDir, 'pglite') },
  ).catch((error: unknown) => {
    if (!(error instanceof LockHeldError)) throw error;
    throw new StartupError(
      `DATA_DIR ${config.dataDir} is in use by another portal process (pid ${error.pid})`,
    );
  });
  try {
    const connection = await db.connect();
    await connection.query('SELECT 1');
    await connection.release();
  } catch (error) {
    await db.close().catch(() => {});
    throw new StartupError(`cannot connect to the database at ${db.location}: ${reason(error)}`);
  }
  return db;
}

function reason(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  if (code && message && !message.includes(code)) return `${message} (${code})`;
  return message || code || 'unknown error';
}

/** Migrations and the permission catalogue: everything the code expects of the schema. */
export async function prepareSchema(db: Database): Promise<string[]> {
  const applied = await migrate(db);
  await withAdvisoryLock(db, PROVISIONING_LOCK_ID, () => syncPermissions(db));
  return applied;
}

/**
 * Outside production, a new database gets the demo data. The password it was seeded with
 * (DEMO_PASSWORD, or one generated now) is kept in DATA_DIR (mode 0600), so every later start
 * prints the password that really works.
 */
export async function prepareDemo(config: Config, db: Database, hasher: PasswordHasher) {
  if (config.production) return null;
  // Instances starting together on one empty database: one seeds, the others then find the data.
  return withAdvisoryLock(db, PROVISIONING_LOCK_ID, () => seedOnce(config, db, hasher));
}

async function seedOnce(config: Config, db: Database, hasher: PasswordHasher) {
  const passwordFile = path.join(config.dataDir, 'demo-password');
  if ((await db.prisma.tenant.count()) === 0) {
    const password = config.demoPassword ?? generateDemoPassword();
    // The portal demo accounts are linked at the configured issuer, else at the dev IdP.
    await seedDemoData(db.prisma, hasher, password, {
      rspIssuer: config.resellerPortal?.issuer,
    });
    await mkdir(config.dataDir, { recursive: true });
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    return { password, seeded: true };
  }
  const stored = await readFile(passwordFile, 'utf8').catch(() => null);
  const password = stored?.trim() || config.demoPassword;
  return password ? { password, seeded: false } : null;
}
