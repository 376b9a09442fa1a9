/** Never more than a minute between writes: with long idle timeouts, writes stay rare. */
const MAX_TOUCH_INTERVAL_MS = 60_000;

/**
 * How long a session's `last_seen_at` may lag behind its last request. Writing it on every request
 * would make each read a write; the lag makes a session look idler than it is. A tenth of the idle
 * timeout keeps the idle end within 10 % of the setting for every allowed value: a session ends
 * between 90 % and 100 % of the timeout after its last request, never later, and never while its
 * requests come less than 90 % of the timeout apart.
 */
export function touchIntervalMs(idleTimeoutSeconds: number): number {
  return Math.min(MAX_TOUCH_INTERVAL_MS, idleTimeoutSeconds * 100);
}

/** Milliseconds since the epoch; injected so that tests can move time on. */
export type Clock = () => number;
