import { describe, expect, it } from 'vitest';
import { DELIVERY_POLICY, isLastAttempt, retryDelaySeconds } from './delivery-policy.js';
import { SMTP_TIMEOUTS_MS } from './transport.js';

describe('retryDelaySeconds', () => {
  it('waits 30 s after the first failure, then doubles', () => {
    expect([1, 2, 3, 4, 5].map((attempts) => retryDelaySeconds(attempts))).toEqual([
      30, 60, 120, 240, 480,
    ]);
  });

  it('is capped at one hour', () => {
    expect(retryDelaySeconds(7)).toBe(1920);
    expect(retryDelaySeconds(8)).toBe(3600);
    expect(retryDelaySeconds(9)).toBe(3600);
  });

  it('stays finite and capped for absurd counts, and starts at 30 s for none', () => {
    for (const attempts of [40, 1_000, Number.MAX_SAFE_INTEGER]) {
      expect(retryDelaySeconds(attempts)).toBe(3600);
    }
    expect(retryDelaySeconds(0)).toBe(30);
    expect(retryDelaySeconds(-3)).toBe(30);
  });

  it('gives up after 10 attempts, about three hours after the first', () => {
    expect(isLastAttempt(9)).toBe(false);
    expect(isLastAttempt(10)).toBe(true);
    let total = 0;
    for (let attempts = 1; attempts < DELIVERY_POLICY.maxAttempts; attempts++) {
      total += retryDelaySeconds(attempts);
    }
    expect(total / 3600).toBeGreaterThan(2.5);
    expect(total / 3600).toBeLessThan(3.5);
  });

  it('leases a claimed mail far longer than the timeouts of one SMTP attempt', () => {
    const attemptMs = Object.values(SMTP_TIMEOUTS_MS).reduce((sum, ms) => sum + ms, 0);
    expect(DELIVERY_POLICY.leaseSeconds * 1000).toBeGreaterThan(4 * attemptMs);
  });
});
