import { Type } from 'typebox';
import { TextField } from './input-rules.js';

/** RFC 6238 codes as authenticator apps show them: six digits (spaces are removed by clients). */
export const TotpCodeField = Type.String({
  pattern: '^[0-9]{6}$',
  description: 'The 6-digit code from the authenticator app.',
});

export const TotpCodeRequest = Type.Object(
  { code: TotpCodeField },
  { additionalProperties: false },
);
export type TotpCodeRequest = Type.Static<typeof TotpCodeRequest>;

export const RecoveryCodeRequest = Type.Object(
  { code: TextField({ minLength: 1, maxLength: 64, description: 'One of the recovery codes.' }) },
  { additionalProperties: false },
);
export type RecoveryCodeRequest = Type.Static<typeof RecoveryCodeRequest>;

export const AuthenticatedResponse = Type.Object({ status: Type.Literal('authenticated') });
export type AuthenticatedResponse = Type.Static<typeof AuthenticatedResponse>;

export const TotpEnrollmentResponse = Type.Object({
  /** Base32, for manual entry; shown only until the first code confirms it. */
  secret: Type.String(),
  otpauthUri: Type.String(),
  issuer: Type.String(),
  accountName: Type.String(),
  /**
   * Names this secret (not derived from it): a page that showed one secret can tell whether it
   * got the same one again (a reload) or a new one (the old entry in the app no longer works).
   */
  enrollmentId: Type.String(),
});
export type TotpEnrollmentResponse = Type.Static<typeof TotpEnrollmentResponse>;

export const TotpEnrollmentConfirmResponse = Type.Object({
  status: Type.Literal('authenticated'),
  /** Shown once; only their hashes are stored. */
  recoveryCodes: Type.Array(Type.String()),
});
export type TotpEnrollmentConfirmResponse = Type.Static<typeof TotpEnrollmentConfirmResponse>;

export const UserIdParams = Type.Object({ userId: Type.String({ format: 'uuid' }) });
export type UserIdParams = Type.Static<typeof UserIdParams>;
