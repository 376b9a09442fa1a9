/**
 * What a security notice reports. Each kind is one change to the account that its owner must
 * hear about, so that someone else's change (a stolen session, a guessed password) is noticed.
 */
export type NoticeKind =
  | { kind: 'two-factor-activated' }
  | { kind: 'two-factor-replaced' }
  | { kind: 'two-factor-disabled' }
  | { kind: 'two-factor-reset-by-administrator' }
  | { kind: 'password-changed' }
  | { kind: 'password-reset' }
  | { kind: 'email-changed'; newEmail: string }
  | { kind: 'recovery-code-used'; remaining: number }
  | { kind: 'account-locked'; lockedMinutes: number }
  | { kind: 'passkey-added'; passkeyName: string }
  | { kind: 'passkey-removed'; passkeyName: string };

/** Where the change came from: the request that made it (an attacker's, if it was not the owner). */
export interface NoticeOrigin {
  at: Date;
  ip: string;
  userAgent: string | null;
}
