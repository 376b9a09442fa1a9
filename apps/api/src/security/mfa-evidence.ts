/**
 * Whether an ID token shows that the reseller portal performed multi-factor authentication.
 * `amr` (RFC 8176) values `mfa`, `otp` and `hwk` say so; so does an `acr` value that the
 * operator configured as MFA (RSP_MFA_ACR_VALUES), as portals name their levels differently.
 * Anything else, including a missing or malformed claim, is no evidence.
 */
export const MFA_AMR_VALUES: readonly string[] = ['mfa', 'otp', 'hwk'];

export interface AuthenticationClaims {
  amr?: unknown;
  acr?: unknown;
}

export function showsMultiFactor(
  claims: AuthenticationClaims,
  mfaAcrValues: readonly string[],
): boolean {
  const amr = Array.isArray(claims.amr) ? claims.amr : [];
  if (amr.some((method) => typeof method === 'string' && MFA_AMR_VALUES.includes(method))) {
    return true;
  }
  return typeof claims.acr === 'string' && mfaAcrValues.includes(claims.acr);
}

/** What the audit log may keep of the claims: only well-formed, short method names. */
export function authenticationSummary(claims: AuthenticationClaims): {
  amr: string[];
  acr: string | null;
} {
  const short = (value: unknown): value is string =>
    typeof value === 'string' && value.length <= 64;
  const amr = Array.isArray(claims.amr) ? claims.amr.filter(short).slice(0, 10) : [];
  return { amr, acr: short(claims.acr) ? claims.acr : null };
}
