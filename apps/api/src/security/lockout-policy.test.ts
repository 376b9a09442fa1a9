import { describe, expect, it } from 'vitest';
import { LOCKOUT_POLICY, lockSecondsAfter } from './lockout-policy.js';

describe('lockSecondsAfter', () => {
  it('does not lock below 5 failures in a row', () => {
    for (const failures of [0, 1, 2, 3, 4]) expect(lockSecondsAfter(failures)).toBe(0);
  });

  it('locks for 60 s at the 5th failure, then doubles: 120, 240, 480 s', () => {
    expect([5, 6, 7, 8].map((failures) => lockSecondsAfter(failures))).toEqual([60, 120, 240, 480]);
  });

  it('is capped at 15 minutes', () => {
    expect(lockSecondsAfter(9)).toBe(900);
    expect(lockSecondsAfter(10)).toBe(900);
  });

  it('stays capped for huge counts (no overflow to Infinity or NaN)', () => {
    for (const failures of [30, 1_000, 1e9, Number.MAX_SAFE_INTEGER]) {
      expect(lockSecondsAfter(failures)).toBe(900);
    }
  });

  it('names the policy of the issue: 5 failures, 1 minute, at most 15 minutes', () => {
    expect(LOCKOUT_POLICY).toMatchObject({
      failuresBeforeLock: 5,
      firstLockSeconds: 60,
      maxLockSeconds: 900,
    });
  });
});
