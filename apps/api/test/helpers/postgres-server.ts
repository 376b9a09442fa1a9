import pg from 'pg';
import { describeDatabaseUrl } from '../../src/db/database-url.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

const LOCAL_SERVER = 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface PostgresServer {
  url: string;
  /** One line: which server the run uses, and why. */
  choice: string;
  /** Ends the server when the run started it. */
  stop?: () => Promise<void>;
}

/**
 * `TEST_POSTGRES_URL`, or without it the local server on 127.0.0.1:5432 (trust auth), when it
 * answers; otherwise a throwaway embedded PostgreSQL, so that the tests run on any machine.
 */
export async function choosePostgresServer(): Promise<PostgresServer> {
  const asked = process.env.TEST_POSTGRES_URL || undefined;
  const candidate = asked ?? LOCAL_SERVER;
  const named = `${asked ? 'TEST_POSTGRES_URL' : 'the local server'} ${describeDatabaseUrl(candidate)}`;
  const problem = await whyUnusable(candidate);
  if (!problem) return { url: candidate, choice: `PostgreSQL tests: on ${named}` };
  const started = Date.now();
  const embedded = await startEmbeddedPostgres();
  return {
    ...embedded,
    choice:
      `PostgreSQL tests: ${named} is not usable (${problem}); on an embedded PostgreSQL at ` +
      `${describeDatabaseUrl(embedded.url)} instead, started in ${Date.now() - started} ms, ` +
      'removed afterwards',
  };
}

async function whyUnusable(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    // A refused connection to "localhost" is an AggregateError without a message.
    const { message, code } = error as Error & { code?: string };
    return message || code || String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}
