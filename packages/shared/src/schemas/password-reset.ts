import { Type } from 'typebox';
import { NewPasswordField, TenantDomainField, UsernameField } from './common.js';
import { TextField } from './input-rules.js';

export const ForgotPasswordRequest = Type.Object(
  { tenantDomain: TenantDomainField, username: UsernameField },
  { additionalProperties: false },
);
export type ForgotPasswordRequest = Type.Static<typeof ForgotPasswordRequest>;

/** Always the same, whether or not the account exists. */
export const AcceptedResponse = Type.Object({ status: Type.Literal('accepted') });
export type AcceptedResponse = Type.Static<typeof AcceptedResponse>;

/** 256 random bits, base64url: 43 characters. */
export const ResetTokenField = TextField({ minLength: 1, maxLength: 128 });

export const ResetTokenRequest = Type.Object(
  { token: ResetTokenField },
  { additionalProperties: false },
);
export type ResetTokenRequest = Type.Static<typeof ResetTokenRequest>;

/**
 * Whose password the link resets: for the form's context checks and the "new mail" fallback.
 * `newAccount`: the account has no password yet (the link of the account-created mail), so the
 * page asks to set one rather than to change it. Told only to whoever holds a live link.
 */
export const ResetTokenInfo = Type.Object({
  tenantDomain: Type.String(),
  username: Type.String(),
  newAccount: Type.Boolean(),
});
export type ResetTokenInfo = Type.Static<typeof ResetTokenInfo>;

export const ResetPasswordRequest = Type.Object(
  { token: ResetTokenField, password: NewPasswordField },
  { additionalProperties: false },
);
export type ResetPasswordRequest = Type.Static<typeof ResetPasswordRequest>;

export const RESET_NEXT_STEPS = ['login', 'totp_enrollment_required'] as const;

export const ResetPasswordResponse = Type.Object({
  status: Type.Literal('password_changed'),
  /** totp_enrollment_required: a pending activation step has started (cookie set). */
  next: Type.Enum(RESET_NEXT_STEPS),
});
export type ResetPasswordResponse = Type.Static<typeof ResetPasswordResponse>;
