import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface NotificationHandlers {
  onNotification(payload: string | undefined): void;
  /**
   * True once listening, again after every reconnect; false when the connection is lost.
   * Notifications sent in between are gone: whoever relies on them must assume anything changed.
   */
  onListening(listening: boolean): void;
}

export type StopListening = () => Promise<void>;

/** How the listening connection shows up in `pg_stat_activity` (operators, and the tests). */
export const LISTENER_APPLICATION_NAME = 'portal-notification-listener';

/**
 * LISTEN on the embedded database: one process, no connection to lose, so it listens from the
 * start until stopped. PGlite delivers a notification before the query that sent it returns.
 */
export async function listenOnPglite(
  pglite: Pick<PGlite, 'listen'>,
  channel: string,
  handlers: NotificationHandlers,
): Promise<StopListening> {
  const unlisten = await pglite.listen(channel, handlers.onNotification);
  handlers.onListening(true);
  return async () => {
    handlers.onListening(false);
    await unlisten().catch(() => {});
  };
}

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5000;

/**
 * LISTEN on one dedicated connection (outside the pool: a pooled connection is handed to other
 * queries and would drop the LISTEN). A lost connection is reopened with backoff, forever, until
 * stopped. Resolves after the first attempt, successful or not, so that a database that is down
 * at start does not hold the start up; the retries go on in the background.
 */
export async function listenOnPostgres(
  connectionString: string,
  connectTimeoutMs: number,
  channel: string,
  handlers: NotificationHandlers,
): Promise<StopListening> {
  let stopped = false;
  let client: pg.Client | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let retryMs = FIRST_RETRY_MS;

  async function connect() {
    retryTimer = undefined;
    if (stopped) return;
    const current = new pg.Client({
      connectionString,
      connectionTimeoutMillis: connectTimeoutMs,
      application_name: LISTENER_APPLICATION_NAME,
      // A silently dropped connection would otherwise look alive and deliver nothing.
      keepAlive: true,
    });
    client = current;
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      handlers.onListening(false);
      current.end().catch(() => {});
      if (stopped) return;
      retryTimer = setTimeout(connect, retryMs);
      retryTimer.unref();
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    };
    current.on('error', onLost);
    current.on('end', onLost);
    current.on('notification', (message) => {
      if (message.channel === channel) handlers.onNotification(message.payload);
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${current.escapeIdentifier(channel)}`);
    } catch {
      onLost();
      return;
    }
    if (lost || stopped) return;
    retryMs = FIRST_RETRY_MS;
    handlers.onListening(true);
  }

  await connect();
  return async () => {
    stopped = true;
    if (retryTimer) clearTimeout(retryTimer);
    await client?.end().catch(() => {});
  };
}
