import type { SessionRecord } from './session-record.js';

/**
 * What a change makes stale: one session, every session of a user, every session whose user
 * belongs to or acts in a tenant, or everything (a message that could not be read).
 */
export type SessionInvalidation =
  | { session: string }
  | { user: string }
  | { tenant: string }
  | { all: true };

/** The PostgreSQL NOTIFY channel every instance listens on for `SessionInvalidation`s. */
export const SESSION_INVALIDATION_CHANNEL = 'session_invalidation';

/**
 * The payload of a NOTIFY: small JSON, far below PostgreSQL's 8000-byte limit. `echo` lets the
 * sender recognise its own message when it comes back.
 */
export function encodeInvalidation(target: SessionInvalidation, echo?: string): string {
  return JSON.stringify(echo ? { ...target, echo } : target);
}

/** A payload from any instance; anything unreadable invalidates everything, to be safe. */
export function decodeInvalidation(payload: string | undefined): {
  target: SessionInvalidation;
  echo?: string;
} {
  try {
    const value: unknown = JSON.parse(payload ?? '');
    if (typeof value === 'object' && value !== null) {
      const fields = value as Record<string, unknown>;
      const echo = typeof fields.echo === 'string' ? { echo: fields.echo } : {};
      for (const key of ['session', 'user', 'tenant'] as const) {
        const id = fields[key];
        if (typeof id === 'string')
          return { target: { [key]: id } as SessionInvalidation, ...echo };
      }
      return { target: { all: true }, ...echo };
    }
  } catch {
    // Falls through to invalidating everything.
  }
  return { target: { all: true } };
}

export interface SessionCacheOptions {
  /** How long an entry is served without asking the database: the bound if a message is lost. */
  ttlMs: number;
  /** Oldest entries go first beyond this many (a bound on memory, not a tuning knob). */
  maxEntries: number;
  /** Monotonic milliseconds; the wall clock of the sessions may be moved by tests. */
  monotonicNow?: () => number;
}

export interface SessionCache {
  /** The cached record, while fresh and while the cache is enabled. */
  get(sessionId: string): SessionRecord | undefined;
  /**
   * A mark to take before reading the database: `set` with it stores nothing if anything was
   * invalidated meanwhile, so a read that raced with a revocation is never cached.
   */
  mark(): number;
  set(sessionId: string, record: SessionRecord, mark: number): void;
  invalidate(target: SessionInvalidation): void;
  /** Off while invalidations might be missed (the listening connection is down); clears. */
  setEnabled(enabled: boolean): void;
  readonly size: number;
}

interface Entry {
  record: SessionRecord;
  storedAt: number;
}

export function createSessionCache({
  ttlMs,
  maxEntries,
  monotonicNow = () => performance.now(),
}: SessionCacheOptions): SessionCache {
  const entries = new Map<string, Entry>();
  let generation = 0;
  let enabled = ttlMs > 0;

  function clear() {
    generation += 1;
    entries.clear();
  }

  function matches(record: SessionRecord, target: SessionInvalidation): boolean {
    if ('all' in target) return true;
    if ('user' in target) return record.user.id === target.user;
    if ('tenant' in target) {
      return record.user.tenant.id === target.tenant || record.actingTenant.id === target.tenant;
    }
    return false;
  }

  return {
    get(sessionId) {
      const entry = entries.get(sessionId);
      if (!entry) return undefined;
      if (monotonicNow() - entry.storedAt >= ttlMs) {
        entries.delete(sessionId);
        return undefined;
      }
      return entry.record;
    },
    mark: () => generation,
    set(sessionId, record, mark) {
      if (!enabled || mark !== generation) return;
      entries.delete(sessionId);
      if (entries.size >= maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      entries.set(sessionId, { record, storedAt: monotonicNow() });
    },
    invalidate(target) {
      generation += 1;
      if ('all' in target) return clear();
      if ('session' in target) {
        entries.delete(target.session);
        return;
      }
      // Rare (a change to a user or a tenant): a scan of this instance's live sessions is cheap.
      for (const [sessionId, entry] of entries) {
        if (matches(entry.record, target)) entries.delete(sessionId);
      }
    },
    setEnabled(on) {
      enabled = on && ttlMs > 0;
      clear();
    },
    get size() {
      return entries.size;
    },
  };
}
