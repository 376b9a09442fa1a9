import { createHash } from 'node:crypto';
import { normalizeTenantDomain, normalizeUsername } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Prisma } from '../../generated/prisma/client.js';
import { LOCKOUT_POLICY } from '../../security/lockout-policy.js';

/**
 * Per-account progressive lockout, kept in the database so every API instance sees it.
 *
 * Each attempt is counted *before* the password is checked (and forgotten again on success), in
 * one atomic statement that refuses the attempt while a lock is in force. So concurrent guesses
 * cannot slip past the limit, and a correct password during a lockout is refused like any other.
 */
export type Reservation =
  | { blocked: true; retryAfterSeconds: number }
  | {
      blocked: false /** Lock that starts if this attempt fails (0: none). */;
      lockSeconds: number;
    };

/** The account as typed at sign-in: known or not, it is counted the same way. */
export interface AccountName {
  tenantDomain: string;
  username: string;
}

export interface Lockout {
  /** Counts an attempt on the account before its password or code is checked. */
  reserve(account: AccountName): Promise<Reservation>;
  /**
   * Counts an attempt like `reserve` and, in the same statement (one round trip), runs `read`: a
   * SELECT of at most one row of what checking the attempt needs. Its row is null when it found
   * none; a blocked attempt still reads it.
   */
  reserveAnd<Row extends object>(
    account: AccountName,
    read: Prisma.Sql,
  ): Promise<{ reservation: Reservation; row: Row | null }>;
  /** Every factor passed (or the mailbox was proven): the failure streak is forgotten. */
  succeeded(account: AccountName): Promise<void>;
  /**
   * The password was right but another factor follows: this attempt was no failure, so its
   * reserved count and any lock it set are taken back, while earlier failures keep counting.
   */
  passwordAccepted(account: AccountName): Promise<void>;
  /** `succeeded` as a statement to run inside a larger one, when `condition` (SQL) holds. */
  succeededSql(account: AccountName, condition?: Prisma.Sql): Prisma.Sql;
  /** `passwordAccepted` as a statement to run inside a larger one. */
  passwordAcceptedSql(account: AccountName): Prisma.Sql;
}

declare module 'fastify' {
  interface FastifyInstance {
    lockout: Lockout;
  }
}

/**
 * The key of an account as typed, case-insensitive like the look-up. Hashed, so typos of
 * passwords in the username field are not kept in clear.
 */
export function lockoutKey({ tenantDomain, username }: AccountName): string {
  const name = `${normalizeTenantDomain(tenantDomain)}\u0000${normalizeUsername(username)}`;
  return createHash('sha256').update(name).digest('hex');
}

async function lockout(app: FastifyInstance) {
  const { prisma } = app.db;
  const p = LOCKOUT_POLICY;

  // The attempt counted: a row when it may go on (lock_seconds: the lock it sets if it fails), none
  // while a lock is in force.
  const countAttempt = (key: string) => Prisma.sql`
    INSERT INTO login_lockouts AS l (account_key, failures, last_failed_at)
    VALUES (${key}, 1, now())
    ON CONFLICT (account_key) DO UPDATE SET
      failures = CASE WHEN l.last_failed_at < now() - make_interval(secs => ${p.streakResetSeconds})
                      THEN 1 ELSE l.failures + 1 END,
      last_failed_at = now(),
      locked_until = CASE
        WHEN l.last_failed_at >= now() - make_interval(secs => ${p.streakResetSeconds})
             AND l.failures + 1 >= ${p.failuresBeforeLock}
        THEN now() + make_interval(secs => LEAST(
          ${p.firstLockSeconds} * power(2, LEAST(l.failures + 1 - ${p.failuresBeforeLock}, 20)),
          ${p.maxLockSeconds}))
        ELSE NULL END
    WHERE l.locked_until IS NULL OR l.locked_until <= now()
    RETURNING ROUND(EXTRACT(EPOCH FROM (locked_until - now())))::int AS lock_seconds`;
  // ROUND, not CEIL: locked_until is stored to the millisecond, so it can lie a fraction of a
  // millisecond after now() + lock, and CEIL would announce 61 s for a 60 s lock.

  const reserveAnd: Lockout['reserveAnd'] = async <Row extends object>(
    account: AccountName,
    read: Prisma.Sql,
  ) => {
    const key = lockoutKey(account);
    // A data-modifying CTE runs to completion whether or not its rows are read: the attempt is
    // counted in any case, and before the caller checks anything.
    const rows = await prisma.$queryRaw<(Row & ReservedColumns)[]>`
      WITH counted AS (${countAttempt(key)}),
           alongside AS (${read})
      SELECT c.lockout_counted, c.lockout_seconds, a.*
      FROM (SELECT 1) AS one
      LEFT JOIN (SELECT true AS lockout_counted, lock_seconds AS lockout_seconds FROM counted) c
        ON true
      LEFT JOIN (SELECT true AS lockout_read, alongside.* FROM alongside) a ON true`;
    const first = rows[0];
    if (!first) throw new Error('the lockout statement returned no row');
    const { lockout_counted, lockout_seconds, lockout_read, ...rest } = first;
    const row = lockout_read ? (rest as unknown as Row) : null;
    if (lockout_counted) {
      const lockSeconds = Math.max(lockout_seconds ?? 0, 0);
      // Counted when the lock is set; an attempt that is then right takes it back, rarely.
      if (lockSeconds > 0) app.metrics.lockouts.inc();
      return { reservation: { blocked: false, lockSeconds }, row };
    }
    // Blocked: how long is read anew, after the statement, as the lock now stands.
    const locked = await prisma.$queryRaw<{ retry: number }[]>`
      SELECT GREATEST(CEIL(EXTRACT(EPOCH FROM (locked_until - now())))::int, 1) AS retry
      FROM login_lockouts WHERE account_key = ${key}`;
    return { reservation: { blocked: true, retryAfterSeconds: locked[0]?.retry ?? 1 }, row };
  };

  const succeededSql: Lockout['succeededSql'] = (account, condition = Prisma.sql`true`) =>
    Prisma.sql`DELETE FROM login_lockouts WHERE account_key = ${lockoutKey(account)} AND ${condition}`;
  const passwordAcceptedSql: Lockout['passwordAcceptedSql'] = (account) => Prisma.sql`
    UPDATE login_lockouts SET failures = GREATEST(failures - 1, 0), locked_until = NULL
    WHERE account_key = ${lockoutKey(account)}`;

  app.decorate<Lockout>('lockout', {
    reserve: async (account) =>
      (await reserveAnd(account, Prisma.sql`SELECT 1 AS nothing WHERE false`)).reservation,
    reserveAnd,
    async succeeded(account) {
      await prisma.$executeRaw(succeededSql(account));
    },
    async passwordAccepted(account) {
      await prisma.$executeRaw(passwordAcceptedSql(account));
    },
    succeededSql,
    passwordAcceptedSql,
  });
}

/** The columns `reserveAnd` adds to the caller's row. */
interface ReservedColumns {
  lockout_counted: boolean | null;
  lockout_seconds: number | null;
  lockout_read: boolean | null;
}

export default fp(lockout, { name: 'lockout', dependencies: ['database', 'metrics'] });
