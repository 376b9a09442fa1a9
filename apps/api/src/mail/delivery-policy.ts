/**
 * When the outbox sender tries a mail again. A relay that is restarting or briefly unreachable
 * is retried soon (30 s, so a reset link still arrives while the person waits for it); a longer
 * outage is retried less and less often, at most hourly, so a dead relay is not hammered. After
 * MAX_ATTEMPTS (about three hours in all) the mail is given up as `failed`: a reset link in it has
 * expired long before, and the person will have asked again.
 */
export const DELIVERY_POLICY = {
  firstRetrySeconds: 30,
  maxRetrySeconds: 60 * 60,
  maxAttempts: 10,
  /**
   * How long a claimed mail belongs to one sender. Far longer than one SMTP attempt can take
   * (SMTP_TIMEOUTS_MS), so a mail is only claimed again when its sender died while sending.
   */
  leaseSeconds: 5 * 60,
  /** Mails claimed per pass: bounds the work (and open SMTP connections) of one pass. */
  batchSize: 10,
  /** The safety net behind the prompt delivery after an enqueue, and the pace of retries. */
  intervalMs: 10_000,
} as const;

/** Seconds until the next attempt after `attempts` failed ones: 30, 60, 120, … up to an hour. */
export function retryDelaySeconds(attempts: number, policy = DELIVERY_POLICY): number {
  const doublings = Math.min(Math.max(attempts - 1, 0), 30);
  return Math.min(policy.firstRetrySeconds * 2 ** doublings, policy.maxRetrySeconds);
}

/** Whether a mail that has failed `attempts` times is given up. */
export function isLastAttempt(attempts: number, policy = DELIVERY_POLICY): boolean {
  return attempts >= policy.maxAttempts;
}
