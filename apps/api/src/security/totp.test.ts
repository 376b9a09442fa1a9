import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import {
  generateTotpSecret,
  matchTotpStep,
  TOTP_SECRET_BYTES,
  totpCode,
  totpStep,
  totpUri,
} from './totp.js';

// RFC 6238 appendix B: the SHA-1 seed "12345678901234567890" and its 8-digit codes.
const RFC_SECRET = Secret.fromLatin1('12345678901234567890').base32;
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(RFC_VECTORS)('matches the RFC test vector at T=%i', (seconds, expected) => {
    const eightDigits = TOTP.generate({
      secret: Secret.fromBase32(RFC_SECRET),
      algorithm: 'SHA1',
      digits: 8,
      period: 30,
      timestamp: seconds * 1000,
    });
    expect(eightDigits).toBe(expected);
    // Six digits are the same truncation modulo 10^6.
    expect(totpCode(RFC_SECRET, seconds * 1000)).toBe(expected.slice(-6));
  });

  it('accepts the current step and one step either side, and names the step', () => {
    const now = 1_700_000_000_000;
    const step = totpStep(now);
    expect(matchTotpStep(RFC_SECRET, totpCode(RFC_SECRET, now), now)).toBe(step);
    expect(matchTotpStep(RFC_SECRET, totpCode(RFC_SECRET, now - 30_000), now)).toBe(step - 1);
    expect(matchTotpStep(RFC_SECRET, totpCode(RFC_SECRET, now + 30_000), now)).toBe(step + 1);
  });

  it('refuses codes two steps away (drift beyond the window)', () => {
    const now = 1_700_000_000_000;
    expect(matchTotpStep(RFC_SECRET, totpCode(RFC_SECRET, now - 60_000), now)).toBeNull();
    expect(matchTotpStep(RFC_SECRET, totpCode(RFC_SECRET, now + 60_000), now)).toBeNull();
  });

  it('refuses anything that is not six digits, and another secret', () => {
    const now = 1_700_000_000_000;
    const code = totpCode(RFC_SECRET, now);
    for (const bad of ['', '12345', '1234567', 'abcdef', ` ${code}`, `${code.slice(0, 5)}x`]) {
      expect(matchTotpStep(RFC_SECRET, bad, now)).toBeNull();
    }
    expect(matchTotpStep(generateTotpSecret(), code, now)).toBeNull();
  });

  it('generates 160-bit secrets that differ every time', () => {
    const secrets = new Set(Array.from({ length: 50 }, generateTotpSecret));
    expect(secrets.size).toBe(50);
    for (const secret of secrets) {
      expect(Secret.fromBase32(secret).bytes.length).toBe(TOTP_SECRET_BYTES);
      expect(TOTP_SECRET_BYTES * 8).toBeGreaterThanOrEqual(160);
    }
  });

  it('builds an otpauth URI that authenticator apps read (issuer, account, SHA1, 6, 30)', () => {
    const uri = new URL(totpUri(RFC_SECRET, 'Unified Security Portal (acme.tenant)', 'admin'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Unified Security Portal (acme.tenant):admin');
    expect(uri.searchParams.get('issuer')).toBe('Unified Security Portal (acme.tenant)');
    expect(uri.searchParams.get('secret')).toBe(RFC_SECRET);
    expect(uri.searchParams.get('algorithm')).toBe('SHA1');
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
  });
});
