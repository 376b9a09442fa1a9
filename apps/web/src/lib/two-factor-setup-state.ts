import { isLocalPath } from '@/lib/local-path';

/** The account a pending sign-in belongs to, as typed on the login form. */
export type PendingAccount = { tenantDomain: string; username: string };

/** What a navigation to the two-factor activation page carries in the router's location state. */
export type TwoFactorSetupState = {
  /**
   * Set when the sign-in itself asks for activation: there is no session yet, only the
   * short-lived pending cookie, so the page must not ask for /api/me.
   */
  pending?: PendingAccount;
  /** Where to go back to (cancel), or on after signing in. */
  from?: string;
  /** Arriving from a reset link: the password was just changed, or a new account's first set. */
  passwordSaved?: PasswordSaved;
};

export type PasswordSaved = 'changed' | 'set';

export function readTwoFactorSetupState(state: unknown): TwoFactorSetupState {
  if (typeof state !== 'object' || state === null) return {};
  const { pending, from, passwordSaved } = state as Record<string, unknown>;
  return {
    pending: isPendingAccount(pending) ? pending : undefined,
    from: isLocalPath(from) ? from : undefined,
    passwordSaved:
      passwordSaved === 'changed' || passwordSaved === 'set' ? passwordSaved : undefined,
  };
}

function isPendingAccount(value: unknown): value is PendingAccount {
  if (typeof value !== 'object' || value === null) return false;
  const { tenantDomain, username } = value as Record<string, unknown>;
  return typeof tenantDomain === 'string' && typeof username === 'string';
}
