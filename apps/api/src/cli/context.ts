import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { type Config, ConfigError, loadConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { MigrationError } from '../db/migrate.js';
import { openConfiguredDatabase, prepareSchema, StartupError } from '../db/startup.js';
import { createPasswordHasher } from '../security/password-hasher.js';
import {
  createSecretBox,
  parseEncryptionKey,
  type SecretBox,
  SecretBoxError,
} from '../security/secret-box.js';
import { loadOrCreateSecret } from '../security/secret-files.js';
import { CliError, type CliIo } from './command.js';

export function configOf(io: CliIo): Config {
  try {
    return loadConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError('config_error', error.message);
    throw error;
  }
}

/** The database the server would use; a running server holding DATA_DIR is refused in one line. */
export async function openCliDatabase(io: CliIo, config: Config): Promise<Database> {
  if (io.database) return { ...io.database, close: async () => {} };
  try {
    return await openConfiguredDatabase(config);
  } catch (error) {
    if (!(error instanceof StartupError)) throw error;
    const held = error.message.includes('is in use by another portal process');
    throw held
      ? new CliError(
          'database_in_use',
          `${error.message}; stop it first (the embedded database serves one process at a time)`,
        )
      : new CliError('database_unavailable', error.message);
  }
}

/** The key the server seals TOTP secrets with, and the retired ones that still open them. */
export async function loadSecretBox(config: Config): Promise<SecretBox> {
  try {
    const key =
      config.totpEncryptionKey ?? (await loadOrCreateSecret(config.dataDir, 'totp-encryption-key'));
    return createSecretBox(parseEncryptionKey(key), config.totpRetiredKeys.map(parseEncryptionKey));
  } catch (error) {
    if (error instanceof SecretBoxError) throw new CliError('config_error', error.message);
    throw error;
  }
}

export interface CliApp {
  app: FastifyInstance;
  config: Config;
  db: Database;
  secretBox: SecretBox;
}

/**
 * The API's services without listening, as a server start builds them (migrations included), so
 * the CLI changes tenants exactly as the API does; closed again after `use`.
 */
export async function withApp<T>(io: CliIo, use: (cli: CliApp) => Promise<T>): Promise<T> {
  const config = configOf(io);
  const secretBox = await loadSecretBox(config);
  const db = await openCliDatabase(io, config);
  let app: FastifyInstance | undefined;
  try {
    await prepareSchema(db).catch((error: unknown) => {
      if (error instanceof MigrationError) throw new CliError('migration_failed', error.message);
      throw error;
    });
    app = await buildApp({
      config,
      db,
      hasher: await createPasswordHasher({ fast: config.fastPasswordHashing }),
      // Nothing is signed here: the CLI sets no cookies.
      sessionSecret: randomBytes(32).toString('base64url'),
      secretBox,
      // Its output is the command's answer; mail delivery reports through its counts instead.
      logger: false,
      servicesOnly: true,
    });
    await app.ready();
    return await use({ app, config, db, secretBox });
  } finally {
    await app?.close();
    await db.close();
  }
}
