import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateTotpSecret, matchTotpStep, TOTP_PARAMS, totpCode, totpUri } from './totp.js';

/**
 * Our TOTP checked against an implementation nobody here wrote: Debian's `oathtool` (OATH
 * Toolkit), both ways: its codes pass our check, our codes pass its check, for secrets we
 * generate and the secret carried by the otpauth:// URI the authenticator app scans. `.ci/run`
 * installs it and sets REQUIRE_OATHTOOL=1, so CI fails without it; elsewhere the test is skipped.
 */
const OATHTOOL = process.env.OATHTOOL_PATH ?? 'oathtool';

function oathtoolAvailable(): boolean {
  try {
    execFileSync(OATHTOOL, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The code at that moment, or with `check` the window position where `check` matched. */
function oathtool(secretBase32: string, seconds: number, check?: string): string {
  const validate = check === undefined ? [] : ['-w', '0', check];
  return execFileSync(OATHTOOL, ['--totp', '-b', '-N', `@${seconds}`, secretBase32, ...validate], {
    encoding: 'utf8',
  }).trim();
}

/** Edges of a step and random moments from 1970 to 2100. */
function moments(): number[] {
  const random = Array.from({ length: 3 }, () => randomInt(0, 4_102_444_800));
  return [0, 29, 30, 59, 1_111_111_109, 1_111_111_111, 2_000_000_000, ...random];
}

const available = oathtoolAvailable();
const mustHave = process.env.REQUIRE_OATHTOOL === '1';

describe('TOTP against oathtool', () => {
  it.runIf(!available && mustHave)('oathtool is installed where it is required', () => {
    expect.fail(`${OATHTOOL} not found: install Debian's oathtool (apt-get install oathtool)`);
  });

  it.skipIf(!available)(
    'its codes pass our check and ours pass its check',
    () => {
      for (let i = 0; i < 3; i += 1) {
        const secret = generateTotpSecret();
        for (const seconds of moments()) {
          const theirs = oathtool(secret, seconds);
          const ours = totpCode(secret, seconds * 1000);
          expect(ours, `secret ${i} at T=${seconds}`).toBe(theirs);
          expect(matchTotpStep(secret, theirs, seconds * 1000)).toBe(Math.floor(seconds / 30));
          // oathtool validates a given code and prints where in its window it matched.
          expect(oathtool(secret, seconds, ours)).toBe('0');
        }
      }
    },
    30_000,
  );

  it.skipIf(!available)('the window matches: one step either side, not two', () => {
    const secret = generateTotpSecret();
    const seconds = 1_700_000_000;
    for (const offset of [-1, 1]) {
      const neighbour = oathtool(secret, seconds + offset * 30);
      expect(matchTotpStep(secret, neighbour, seconds * 1000)).not.toBeNull();
    }
    for (const offset of [-2, 2]) {
      const far = oathtool(secret, seconds + offset * 30);
      expect(matchTotpStep(secret, far, seconds * 1000)).toBeNull();
    }
  });

  it.skipIf(!available)('the secret in the otpauth:// URI yields oathtool codes we accept', () => {
    const secret = generateTotpSecret();
    const uri = new URL(totpUri(secret, 'Login Portal', 'acme.tenant/admin'));
    expect(uri.searchParams.get('algorithm')).toBe(TOTP_PARAMS.algorithm);
    expect(uri.searchParams.get('digits')).toBe(String(TOTP_PARAMS.digits));
    expect(uri.searchParams.get('period')).toBe(String(TOTP_PARAMS.period));
    const scanned = uri.searchParams.get('secret') ?? '';
    const seconds = Math.floor(Date.now() / 1000);
    expect(matchTotpStep(secret, oathtool(scanned, seconds), seconds * 1000)).toBe(
      Math.floor(seconds / 30),
    );
  });
});
