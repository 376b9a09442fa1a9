import { ERROR_CODES, type ErrorCode, type WeakPasswordReason } from '@portal/shared';

/** The one error type that routes and services throw; the error handler maps it to JSON. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly extra: {
      field?: string;
      retryAfterSeconds?: number;
      reason?: WeakPasswordReason;
    } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** What an administrator may not do to their own account (another administrator may). */
export type OwnAccountChange = 'demote' | 'deactivate' | 'delete';

const OWN_ACCOUNT_MESSAGES: Record<OwnAccountChange, string> = {
  demote: 'You cannot remove your own admin role. Another administrator can do it.',
  deactivate: 'You cannot deactivate your own account. Another administrator can do it.',
  delete: 'You cannot delete your own account. Another administrator can do it.',
};

const INVALID_CREDENTIALS_MESSAGE = 'The tenant domain, username or password is incorrect.';
export const INVALID_CREDENTIALS_OR_PORTAL_MESSAGE =
  'The tenant domain, username or password is incorrect, or this account signs in through the reseller portal.';

export const errors = {
  /**
   * The one 401 of the password form. With reseller-portal sign-in on, an account linked to the
   * portal is refused like an unknown one (nothing tells them apart), so the message names both
   * possibilities, for everyone.
   */
  invalidCredentials: ({ orResellerPortal = false } = {}) =>
    new AppError(
      401,
      ERROR_CODES.INVALID_CREDENTIALS,
      orResellerPortal ? INVALID_CREDENTIALS_OR_PORTAL_MESSAGE : INVALID_CREDENTIALS_MESSAGE,
    ),
  tooManyAttempts: (retryAfterSeconds: number) =>
    new AppError(
      429,
      ERROR_CODES.TOO_MANY_ATTEMPTS,
      `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
      { retryAfterSeconds },
    ),
  invalidCode: () =>
    new AppError(401, ERROR_CODES.INVALID_CODE, 'The code is not valid or was already used.'),
  loginExpired: (message = 'This sign-in step has expired. Please sign in again.') =>
    new AppError(401, ERROR_CODES.LOGIN_EXPIRED, message),
  twoFactorRequired: () =>
    new AppError(
      409,
      ERROR_CODES.TWO_FACTOR_REQUIRED,
      'Your organisation requires two-factor authentication for your account.',
    ),
  invalidToken: () =>
    new AppError(
      400,
      ERROR_CODES.INVALID_TOKEN,
      'This link is no longer valid. Links work once and for a limited time (30 minutes, 7 days for a new account); a newer e-mail replaces older links.',
    ),
  conflict: (message: string) => new AppError(409, ERROR_CODES.CONFLICT, message),
  /** Usernames are unique per tenant; each user-management 409 has its own code for the SPA. */
  usernameTaken: () =>
    new AppError(
      409,
      ERROR_CODES.USERNAME_TAKEN,
      'Another user of this tenant already has this username (upper and lower case count as the same).',
      { field: 'username' },
    ),
  lastAdmin: () =>
    new AppError(
      409,
      ERROR_CODES.LAST_ADMIN,
      'This is the last active administrator of the tenant. Give another user the admin role first.',
    ),
  ownAccount: (change: OwnAccountChange) =>
    new AppError(409, ERROR_CODES.OWN_ACCOUNT, OWN_ACCOUNT_MESSAGES[change]),
  /** The new password breaks a password rule; `message` is the policy's explanation. */
  weakPassword: (reason: WeakPasswordReason, message: string) =>
    new AppError(422, ERROR_CODES.WEAK_PASSWORD, message, { reason }),
  unauthenticated: () => new AppError(401, ERROR_CODES.UNAUTHENTICATED, 'Sign in to continue.'),
  forbidden: () =>
    new AppError(403, ERROR_CODES.FORBIDDEN, 'You do not have permission to do this.'),
  notFound: () => new AppError(404, ERROR_CODES.NOT_FOUND, 'Not found.'),
  serviceUnavailable: () =>
    new AppError(
      503,
      ERROR_CODES.SERVICE_UNAVAILABLE,
      'The service is temporarily unavailable. Please try again shortly.',
    ),
};
