import type { PGlite } from '@electric-sql/pglite';
import { TurnQueue } from './turn-queue.js';

/** What runs statements on PGlite from outside a transaction: each takes its turn. */
const STATEMENT_METHODS = new Set<PropertyKey>([
  'query',
  'sql',
  'exec',
  'transaction',
  'describeQuery',
]);

type Method = (...args: unknown[]) => unknown;

/**
 * The PGlite instance, with every statement (and every transaction, as one unit) run through one
 * first-come-first-served queue that lets the event loop turn between two of them (see
 * TurnQueue). Statements inside a transaction run on its own handle, so they never queue behind
 * statements that arrived after the transaction began.
 */
export function takingTurns(pglite: PGlite, queue = new TurnQueue()): PGlite {
  return new Proxy(pglite, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      // PGlite's methods use private fields: they must run on the instance, not on the proxy.
      const method = (value as Method).bind(target);
      if (!STATEMENT_METHODS.has(property)) return method;
      return (...args: unknown[]) => queue.run(async () => method(...args));
    },
  });
}
