import {
  AuthenticatedResponse,
  RecoveryCodeRequest,
  TotpCodeRequest,
  TotpEnrollmentConfirmResponse,
  TotpEnrollmentResponse,
} from '../schemas/two-factor.js';
import { defineEndpoint } from './endpoint.js';

/**
 * The two-factor steps of a sign-in and activation. They are public: the pending cookie of a
 * challenge (or, for activation, a session) is what authorises them.
 */
export const twoFactorEndpoints = {
  totp: defineEndpoint({
    method: 'POST',
    path: '/api/auth/totp',
    tag: 'two-factor',
    summary: 'Second sign-in step: the code from the authenticator app',
    access: 'public',
    rateLimit: 'auth',
    body: TotpCodeRequest,
    response: { 200: AuthenticatedResponse },
    errors: ['invalid_code', 'code_already_used', 'login_expired', 'too_many_attempts'],
  }),
  recoveryCode: defineEndpoint({
    method: 'POST',
    path: '/api/auth/recovery-code',
    tag: 'two-factor',
    summary: 'Second sign-in step with a recovery code (each works once)',
    access: 'public',
    rateLimit: 'auth',
    body: RecoveryCodeRequest,
    response: { 200: AuthenticatedResponse },
    errors: ['invalid_code', 'login_expired', 'too_many_attempts'],
  }),
  totpEnrollment: defineEndpoint({
    method: 'POST',
    path: '/api/auth/totp/enrollment',
    tag: 'two-factor',
    summary:
      'Start activating 2FA: a secret, in force once its first code is confirmed (signed in: after a recent step-up); asked again while the step lasts, the same secret',
    access: 'public',
    rateLimit: 'auth',
    response: { 200: TotpEnrollmentResponse },
    errors: ['login_expired', 'unauthenticated', 'reauthentication_required'],
  }),
  totpEnrollmentConfirm: defineEndpoint({
    method: 'POST',
    path: '/api/auth/totp/enrollment/confirm',
    tag: 'two-factor',
    summary: 'Confirm activation with the first code; answers the recovery codes, once',
    access: 'public',
    rateLimit: 'auth',
    body: TotpCodeRequest,
    response: { 200: TotpEnrollmentConfirmResponse },
    errors: ['invalid_code', 'login_expired', 'unauthenticated', 'reauthentication_required'],
  }),
} as const;
