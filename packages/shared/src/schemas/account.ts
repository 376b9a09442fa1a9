import { Type } from 'typebox';
import { NewPasswordField, PasswordField } from './common.js';
import { TextField } from './input-rules.js';

/**
 * Step-up re-authentication: the password, plus a current code from the authenticator app or a
 * recovery code when the account has 2FA.
 */
export const ReauthenticateRequest = Type.Object(
  {
    password: PasswordField,
    code: Type.Optional(
      TextField({
        minLength: 1,
        maxLength: 64,
        description: 'A 6-digit code from the authenticator app, or a recovery code.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ReauthenticateRequest = Type.Static<typeof ReauthenticateRequest>;

export const ChangePasswordRequest = Type.Object(
  { currentPassword: PasswordField, newPassword: NewPasswordField },
  { additionalProperties: false },
);
export type ChangePasswordRequest = Type.Static<typeof ChangePasswordRequest>;

export const ChangeEmailRequest = Type.Object(
  { email: Type.String({ format: 'email', maxLength: 254 }) },
  { additionalProperties: false },
);
export type ChangeEmailRequest = Type.Static<typeof ChangeEmailRequest>;

export const ChangeEmailResponse = Type.Object({ email: Type.String() });
export type ChangeEmailResponse = Type.Static<typeof ChangeEmailResponse>;

/** How many unused recovery codes are left (0 without 2FA). */
export const RecoveryCodeStatus = Type.Object({ remaining: Type.Integer({ minimum: 0 }) });
export type RecoveryCodeStatus = Type.Static<typeof RecoveryCodeStatus>;

/** A new set, shown once; the old set stopped working. */
export const NewRecoveryCodesResponse = Type.Object({ recoveryCodes: Type.Array(Type.String()) });
export type NewRecoveryCodesResponse = Type.Static<typeof NewRecoveryCodesResponse>;
