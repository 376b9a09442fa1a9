import { Secret, TOTP } from 'otpauth';

/**
 * RFC 6238 TOTP with the parameters every common authenticator app accepts (Google and Microsoft
 * Authenticator, Aegis, 1Password): HMAC-SHA-1, 6 digits, 30-second steps. A code is accepted for
 * the current step and one step either side (clock drift); which step matched is returned, so the
 * caller can refuse any step that is not newer than the last one accepted (no replay).
 */
export const TOTP_PARAMS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
export const TOTP_WINDOW_STEPS = 1;
/** 160 bits, the length RFC 4226 recommends, from crypto.getRandomValues (a CSPRNG). */
export const TOTP_SECRET_BYTES = 20;

export function generateTotpSecret(): string {
  return new Secret({ size: TOTP_SECRET_BYTES }).base32;
}

export function totpUri(secretBase32: string, issuer: string, accountName: string): string {
  return new TOTP({
    ...TOTP_PARAMS,
    issuer,
    label: accountName,
    secret: Secret.fromBase32(secretBase32),
  }).toString();
}

export function totpStep(timestampMs: number): number {
  return TOTP.counter({ period: TOTP_PARAMS.period, timestamp: timestampMs });
}

export function totpCode(secretBase32: string, timestampMs: number): string {
  return TOTP.generate({
    ...TOTP_PARAMS,
    secret: Secret.fromBase32(secretBase32),
    timestamp: timestampMs,
  });
}

/** The time step the code belongs to (within ±1 of now), or null when it matches none. */
export function matchTotpStep(
  secretBase32: string,
  code: string,
  timestampMs = Date.now(),
): number | null {
  if (!/^[0-9]{6}$/.test(code)) return null;
  const delta = TOTP.validate({
    ...TOTP_PARAMS,
    token: code,
    secret: Secret.fromBase32(secretBase32),
    timestamp: timestampMs,
    window: TOTP_WINDOW_STEPS,
  });
  return delta === null ? null : totpStep(timestampMs) + delta;
}
