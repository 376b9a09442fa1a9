import { ConfigError } from './config.js';
import { MigrationError } from './db/migrate.js';
import { StartupError } from './db/startup.js';
import { SecretBoxError } from './security/secret-box.js';

/**
 * One line, whatever failed: the known errors say what to do; anything else gives its message
 * (and code) with its line breaks folded, never a stack trace.
 */
export function describeStartError(error: unknown): string {
  const known =
    error instanceof ConfigError ||
    error instanceof StartupError ||
    error instanceof MigrationError ||
    error instanceof SecretBoxError;
  if (known) return error.message;
  const { message, code } = (error ?? {}) as { message?: unknown; code?: unknown };
  const text = String(message ?? error)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
  return typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text;
}
