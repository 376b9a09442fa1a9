import {
  AcceptedResponse,
  ForgotPasswordRequest,
  ResetPasswordRequest,
  ResetPasswordResponse,
  ResetTokenInfo,
  ResetTokenRequest,
} from '../schemas/password-reset.js';
import { defineEndpoint } from './endpoint.js';

/** "Password forgotten?" and the page that a reset link opens. */
export const passwordResetEndpoints = {
  forgotPassword: defineEndpoint({
    method: 'POST',
    path: '/api/auth/password/forgot',
    tag: 'password-reset',
    summary: 'Send a reset link by e-mail; 202 whether or not the account exists',
    access: 'public',
    // The per-IP limit of the sign-in routes bounds the background work one client can cause;
    // the limits per account stay silent (still 202), so they tell nothing about the account.
    rateLimit: 'auth',
    body: ForgotPasswordRequest,
    response: { 202: AcceptedResponse },
    errors: [],
  }),
  verifyResetToken: defineEndpoint({
    method: 'POST',
    path: '/api/auth/password/reset/verify',
    tag: 'password-reset',
    summary: 'Whose password a reset link changes (400 invalid_token when it no longer works)',
    access: 'public',
    rateLimit: 'auth',
    body: ResetTokenRequest,
    response: { 200: ResetTokenInfo },
    errors: ['invalid_token'],
  }),
  resetPassword: defineEndpoint({
    method: 'POST',
    path: '/api/auth/password/reset',
    tag: 'password-reset',
    summary: 'Set a new password with a reset link (once; 30 minutes, 7 days for a new account)',
    access: 'public',
    rateLimit: 'auth',
    body: ResetPasswordRequest,
    response: { 200: ResetPasswordResponse },
    errors: ['invalid_token', 'weak_password'],
  }),
} as const;
