import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/database.js';

/** How a sign-in attempt was made. */
export type SignInMethod =
  | 'password'
  | 'totp'
  | 'recovery_code'
  | 'reseller_portal'
  | 'reauthentication'
  | 'webauthn'
  | 'webauthn_passwordless';

/** How it ended; `second_factor_required` is a right password that a second step follows. */
export type SignInOutcome =
  | 'success'
  | 'second_factor_required'
  | 'invalid'
  | 'locked'
  | 'second_factor_failed'
  | 'refused'
  | 'error';

/** The counters the services move; everything else is read when Prometheus scrapes. */
export interface PortalMetrics {
  readonly registry: Registry;
  readonly httpRequestDuration: Histogram<'method' | 'route' | 'status_code'>;
  readonly signIns: Counter<'method' | 'outcome'>;
  readonly lockouts: Counter;
  readonly twoFactorEnrollments: Counter;
  readonly resetMailsRequested: Counter<'requested_by'>;
  readonly mailsDelivered: Counter<'outcome'>;
}

/**
 * One registry per app (tests build many apps in one process, so never the global one), with the
 * process metrics and the gauges that look at the database only when scraped.
 */
export function createPortalMetrics(db: Database): PortalMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  registerDatabaseGauges(db, registry);
  return {
    registry,
    httpRequestDuration: new Histogram({
      name: 'portal_http_request_duration_seconds',
      help: 'HTTP request durations by route pattern and status',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    signIns: new Counter({
      name: 'portal_sign_ins_total',
      help: 'Sign-in attempts by method and outcome',
      labelNames: ['method', 'outcome'],
      registers,
    }),
    lockouts: new Counter({
      name: 'portal_lockouts_total',
      help: 'Accounts locked after too many failed attempts',
      registers,
    }),
    twoFactorEnrollments: new Counter({
      name: 'portal_two_factor_enrollments_total',
      help: 'Authenticator apps confirmed (2FA activated or replaced)',
      registers,
    }),
    resetMailsRequested: new Counter({
      name: 'portal_password_reset_mails_requested_total',
      help: 'Password reset and set-password links issued, by who asked for them',
      labelNames: ['requested_by'],
      registers,
    }),
    mailsDelivered: new Counter({
      name: 'portal_mails_total',
      help: 'Mail delivery attempts by outcome (sent, retried, failed for good)',
      labelNames: ['outcome'],
      registers,
    }),
  };
}

interface OutboxRow {
  pending: bigint | number;
  oldest_age_seconds: number | null;
}

function registerDatabaseGauges(db: Database, registry: Registry) {
  const registers = [registry];
  // Both outbox gauges come from one query per scrape (prom-client collects them in parallel).
  let reading: Promise<OutboxRow | null> | undefined;
  const readOutbox = () => {
    reading ??= db.prisma.$queryRaw<OutboxRow[]>`
        SELECT count(*) AS pending,
               EXTRACT(EPOCH FROM now() - min(created_at))::float8 AS oldest_age_seconds
        FROM outbox_mails WHERE status = 'pending'`
      .then((rows) => rows[0] ?? null)
      // A database that does not answer leaves the last values.
      .catch(() => null)
      .finally(() => {
        reading = undefined;
      });
    return reading;
  };
  new Gauge({
    name: 'portal_mail_outbox_pending',
    help: 'Mails waiting in the outbox',
    registers,
    async collect() {
      const row = await readOutbox();
      if (row) this.set(Number(row.pending));
    },
  });
  new Gauge({
    name: 'portal_mail_outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest mail not yet sent (0 when the outbox is empty)',
    registers,
    async collect() {
      const row = await readOutbox();
      if (row) this.set(row.oldest_age_seconds ?? 0);
    },
  });
  const pool = db.poolStats;
  if (!pool) return;
  new Gauge({
    name: 'portal_db_pool_connections',
    help: 'Database pool connections by state (PostgreSQL; PGlite has one in-process connection)',
    labelNames: ['state'],
    registers,
    collect() {
      const stats = pool();
      this.set({ state: 'in_use' }, stats.total - stats.idle);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
      this.set({ state: 'max' }, stats.max);
    },
  });
}
