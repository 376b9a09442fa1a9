/**
 * Who must use two-factor authentication: every administrator (the default), or every user of a
 * tenant whose policy says so. Before the tenant's grace deadline a required user without 2FA
 * may still sign in; after it (or without one) they must activate it first.
 */
export interface TenantTwoFactorPolicy {
  twoFactorRequiredFor: 'admins' | 'all';
  twoFactorGraceUntil: Date | null;
}

export function isTwoFactorRequired(
  policy: TenantTwoFactorPolicy,
  roles: readonly string[],
): boolean {
  return policy.twoFactorRequiredFor === 'all' || roles.includes('admin');
}

export type SecondStep = 'none' | 'totp' | 'enrollment';

export function secondStepAfterPassword(
  policy: TenantTwoFactorPolicy,
  /** `hasSecondFactor`: an authenticator app (TOTP) or a passkey is in force. */
  user: { roles: readonly string[]; hasSecondFactor: boolean },
  now = new Date(),
): SecondStep {
  if (user.hasSecondFactor) return 'totp';
  if (!isTwoFactorRequired(policy, user.roles)) return 'none';
  const inGrace = policy.twoFactorGraceUntil !== null && policy.twoFactorGraceUntil > now;
  return inGrace ? 'none' : 'enrollment';
}
