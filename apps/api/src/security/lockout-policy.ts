/**
 * Progressive account lockout, after NIST SP 800-63B §5.2.2 (rate limiting): after
 * FAILURES_BEFORE_LOCK failures in a row the account key is locked for one minute, doubling with
 * each further failure up to MAX_LOCK_SECONDS. It applies to unknown accounts in the same way, so
 * a lockout tells nothing about whether an account exists. The lock itself is computed in SQL,
 * in the one statement that counts the attempt (plugins/app/lockout.ts).
 */
export const LOCKOUT_POLICY = {
  failuresBeforeLock: 5,
  firstLockSeconds: 60,
  maxLockSeconds: 15 * 60,
  /** A failure streak older than this starts again at one. */
  streakResetSeconds: 24 * 60 * 60,
} as const;
