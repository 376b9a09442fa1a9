import { Secret, TOTP } from 'otpauth';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Authenticator } from './authenticator.js';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const STEP = 60_000_000; // some step; times below are offsets into it
const at = (step: number, secondsIn = 0) => (STEP + step) * 30_000 + secondsIn * 1000;

/** The step the server matches a code to at `now` (±1 step), as apps/api/src/security/totp.ts. */
function serverStep(code: string, now: number): number | null {
  const delta = TOTP.validate({
    token: code,
    secret: Secret.fromBase32(SECRET),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    timestamp: now,
    window: 1,
  });
  return delta === null ? null : Math.floor(now / 30_000) + delta;
}

describe('Authenticator', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands out now-1, now and now+1 at once for an unused credential', async () => {
    vi.setSystemTime(at(0, 5));
    const authenticator = new Authenticator(SECRET.replace(/(.{4})/g, '$1 '));
    const steps = [];
    for (let i = 0; i < 3; i++) steps.push(serverStep(await authenticator.nextCode(), Date.now()));
    expect(steps).toEqual([STEP - 1, STEP, STEP + 1]);
    expect(Date.now()).toBe(at(0, 5));
  });

  it('skips a step that would expire before the server sees the code', async () => {
    vi.setSystemTime(at(0, 25));
    const code = await new Authenticator(SECRET).nextCode();
    expect(serverStep(code, Date.now())).toBe(STEP);
    // Still accepted 8 s later, in the next step.
    expect(serverStep(code, at(1, 3))).toBe(STEP);
  });

  it('waits for the next step only when now-1 to now+1 are spent', async () => {
    vi.setSystemTime(at(0, 10));
    const authenticator = new Authenticator(SECRET, STEP + 1);
    const next = authenticator.nextCode();
    await vi.advanceTimersByTimeAsync(at(1) - at(0, 10) + 1_000);
    expect(serverStep(await next, Date.now())).toBe(STEP + 2);
    expect(Date.now()).toBeGreaterThanOrEqual(at(1));
  });

  it('keeps a code acceptable for longer on request, for a test that replays it', async () => {
    vi.setSystemTime(at(0, 5));
    const code = await new Authenticator(SECRET).nextCode({ validForMs: 30_000 });
    expect(serverStep(code, at(1, 4))).toBe(STEP);
  });
});
