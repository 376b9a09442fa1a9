import type { FastifyBaseLogger } from 'fastify';
import type { Database } from './db/database.js';
import { Prisma } from './generated/prisma/client.js';

const INTERVAL_MS = 10 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Failed mails stay longer than sent ones: someone may still ask why a mail never came. */
export const FAILED_MAIL_RETENTION_DAYS = 30;
/** One batch deletes this many rows: short statements, short locks, little WAL at a time. */
export const DELETE_BATCH_SIZE = 1000;
/** A run stops after this many batches per kind; the next run goes on where it stopped. */
const MAX_BATCHES_PER_RUN = 100;
// Any fixed number unlike the migration lock's: one instance sweeps, the others skip.
const HOUSEKEEPING_LOCK_ID = 72707370;

export interface RetentionPolicy {
  mailRetentionDays: number;
  auditRetentionDays: number;
}

export interface SweepOptions extends RetentionPolicy {
  /** The time the ages are measured from (tests move it on). */
  now?: Date;
  batchSize?: number;
}

export type SweepCounts = Record<string, number>;

/**
 * Deletes what can no longer matter: sessions, sign-in steps and reset links a day after they
 * ended, stale rate-limit windows and lockouts, sent and failed mails and audit events past their
 * retention. Runs on one instance at a time (a PostgreSQL advisory lock, taken without waiting);
 * returns null when another instance holds it.
 */
export async function sweepExpired(
  db: Database,
  options: SweepOptions,
): Promise<SweepCounts | null> {
  const connection = await db.connect();
  try {
    const [lock] = await connection.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1) AS locked',
      [HOUSEKEEPING_LOCK_ID],
    );
    if (!lock?.locked) return null;
    try {
      return await sweep(db, options);
    } finally {
      await connection.query('SELECT pg_advisory_unlock($1)', [HOUSEKEEPING_LOCK_ID]);
    }
  } finally {
    await connection.release();
  }
}

async function sweep(db: Database, options: SweepOptions): Promise<SweepCounts> {
  const now = options.now ?? new Date();
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const dayAgo = daysAgo(1);
  const remove = (table: string, where: Prisma.Sql, orderBy?: string) =>
    deleteInBatches(db, table, where, options.batchSize ?? DELETE_BATCH_SIZE, orderBy);
  return {
    sessions: await remove(
      'sessions',
      Prisma.sql`expires_at < ${dayAgo} OR revoked_at < ${dayAgo}`,
    ),
    loginChallenges: await remove('login_challenges', Prisma.sql`expires_at < ${dayAgo}`),
    webauthnChallenges: await remove('webauthn_challenges', Prisma.sql`expires_at < ${dayAgo}`),
    passwordResetTokens: await remove('password_reset_tokens', Prisma.sql`expires_at < ${dayAgo}`),
    rateLimitWindows: await remove('rate_limit_windows', Prisma.sql`window_start < ${dayAgo}`),
    loginLockouts: await remove(
      'login_lockouts',
      Prisma.sql`last_failed_at < ${dayAgo} AND (locked_until IS NULL OR locked_until < ${now})`,
    ),
    sentMails: await remove(
      'outbox_mails',
      Prisma.sql`status = 'sent' AND sent_at < ${daysAgo(options.mailRetentionDays)}`,
    ),
    // A failed mail's last attempt comes within hours of its creation, which is what is stored.
    failedMails: await remove(
      'outbox_mails',
      Prisma.sql`status = 'failed' AND created_at < ${daysAgo(FAILED_MAIL_RETENTION_DAYS)}`,
    ),
    // In id order: the oldest events have the lowest ids, so the primary key finds them at once.
    auditEvents: await remove(
      'audit_events',
      Prisma.sql`created_at < ${daysAgo(options.auditRetentionDays)}`,
      'id',
    ),
  };
}

/** Deletes matching rows a batch at a time, so no statement holds many locks for long. */
async function deleteInBatches(
  db: Database,
  table: string,
  where: Prisma.Sql,
  batchSize: number,
  orderBy?: string,
): Promise<number> {
  const order = orderBy ? Prisma.sql`ORDER BY ${Prisma.raw(orderBy)}` : Prisma.empty;
  let total = 0;
  for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
    const deleted = await db.prisma.$executeRaw`
      DELETE FROM ${Prisma.raw(table)} WHERE ctid IN (
        SELECT ctid FROM ${Prisma.raw(table)} WHERE ${where} ${order} LIMIT ${batchSize})`;
    total += deleted;
    if (deleted < batchSize) break;
  }
  return total;
}

export function startHousekeeping(
  db: Database,
  log: FastifyBaseLogger,
  policy: RetentionPolicy,
): () => void {
  const run = () => {
    sweepExpired(db, policy)
      .then((counts) => {
        const deleted = counts && Object.values(counts).some((count) => count > 0);
        if (deleted) log.info({ deleted: counts }, 'housekeeping deleted expired rows');
      })
      .catch((err: unknown) => log.warn({ err }, 'housekeeping failed'));
  };
  const timer = setInterval(run, INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
