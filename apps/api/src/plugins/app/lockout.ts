import { createHash } from 'node:crypto';
import { normalizeTenantDomain, normalizeUsername } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
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
  /** Every factor passed (or the mailbox was proven): the failure streak is forgotten. */
  succeeded(account: AccountName): Promise<void>;
  /**
   * The password was right but another factor follows: this attempt was no failure, so its
   * reserved count and any lock it set are taken back, while earlier failures keep counting.
   */
  passwordAccepted(account: AccountName): Promise<void>;
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

  app.decorate<Lockout>('lockout', {
    async reserve(account) {
      const key = lockoutKey(account);
      const rows = await prisma.$queryRaw<{ lock_seconds: number | null }[]>`
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
      const row = rows[0];
      if (row) {
        const lockSeconds = Math.max(row.lock_seconds ?? 0, 0);
        // Counted when the lock is set; an attempt that is then right takes it back, rarely.
        if (lockSeconds > 0) app.metrics.lockouts.inc();
        return { blocked: false, lockSeconds };
      }
      const locked = await prisma.$queryRaw<{ retry: number }[]>`
        SELECT GREATEST(CEIL(EXTRACT(EPOCH FROM (locked_until - now())))::int, 1) AS retry
        FROM login_lockouts WHERE account_key = ${key}`;
      return { blocked: true, retryAfterSeconds: locked[0]?.retry ?? 1 };
    },
    async succeeded(account) {
      await prisma.loginLockout.deleteMany({ where: { accountKey: lockoutKey(account) } });
    },
    async passwordAccepted(account) {
      const key = lockoutKey(account);
      await prisma.$executeRaw`
        UPDATE login_lockouts SET failures = GREATEST(failures - 1, 0), locked_until = NULL
        WHERE account_key = ${key}`;
    },
  });
}

export default fp(lockout, { name: 'lockout', dependencies: ['database', 'metrics'] });
