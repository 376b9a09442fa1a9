import { Secret, TOTP } from 'otpauth';

/** What an authenticator app would show for this secret, now or some 30-second steps ahead. */
export function authenticatorCode(secretAsShown: string, stepsAhead = 0): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secretAsShown.replace(/\s+/g, '')),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    timestamp: Date.now() + stepsAhead * 30_000,
  });
}
