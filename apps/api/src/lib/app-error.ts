import {
  ERROR_CODES,
  ERROR_STATUS,
  type ErrorCode,
  type ErrorStatus,
  type WeakPasswordReason,
} from '@portal/shared';

/**
 * The one error type that routes and services throw; the error handler maps it to JSON. Its
 * status is the catalogue's for the code, so a code always comes with the same status.
 */
export class AppError extends Error {
  readonly statusCode: ErrorStatus;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: {
      field?: string;
      retryAfterSeconds?: number;
      reason?: WeakPasswordReason;
      ownTenantId?: string;
    } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.statusCode = ERROR_STATUS[code];
  }
}

/** What an administrator may not do to their own account (another administrator may). */
export type OwnAccountChange = 'demote' | 'deactivate' | 'delete' | 'link';

const OWN_ACCOUNT_MESSAGES: Record<OwnAccountChange, string> = {
  demote: 'You cannot remove your own admin role. Another administrator can do it.',
  deactivate: 'You cannot deactivate your own account. Another administrator can do it.',
  delete: 'You cannot delete your own account. Another administrator can do it.',
  link: 'You cannot link your own account to the reseller portal. Another administrator can do it.',
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
      ERROR_CODES.INVALID_CREDENTIALS,
      orResellerPortal ? INVALID_CREDENTIALS_OR_PORTAL_MESSAGE : INVALID_CREDENTIALS_MESSAGE,
    ),
  tooManyAttempts: (retryAfterSeconds: number) =>
    new AppError(
      ERROR_CODES.TOO_MANY_ATTEMPTS,
      `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
      { retryAfterSeconds },
    ),
  codeAlreadyUsed: () =>
    new AppError(
      ERROR_CODES.CODE_ALREADY_USED,
      'This code was just used. Wait for the next code in your app.',
    ),
  invalidCode: () =>
    new AppError(ERROR_CODES.INVALID_CODE, 'The code is not valid or was already used.'),
  loginExpired: (message = 'This sign-in step has expired. Please sign in again.') =>
    new AppError(ERROR_CODES.LOGIN_EXPIRED, message),
  twoFactorRequired: () =>
    new AppError(
      ERROR_CODES.TWO_FACTOR_REQUIRED,
      'Your organisation requires two-factor authentication for your account.',
    ),
  invalidToken: () =>
    new AppError(
      ERROR_CODES.INVALID_TOKEN,
      'This link is no longer valid. Links work once and for a limited time (30 minutes, 7 days for a new account); a newer e-mail replaces older links.',
    ),
  twoFactorNotEnabled: () =>
    new AppError(ERROR_CODES.TWO_FACTOR_NOT_ENABLED, 'Two-factor authentication is not on.'),
  /** 409 conflicts: each has its own code, which the SPA translates. */
  domainTaken: (field = 'domain') =>
    new AppError(ERROR_CODES.DOMAIN_TAKEN, 'Another tenant already has this domain.', { field }),
  subjectTaken: () =>
    new AppError(
      ERROR_CODES.SUBJECT_TAKEN,
      'This reseller-portal account is already linked to another account.',
      { field: 'subject' },
    ),
  notLinked: () =>
    new AppError(ERROR_CODES.NOT_LINKED, 'This account is not linked to the reseller portal.'),
  noEmail: () =>
    new AppError(
      ERROR_CODES.NO_EMAIL,
      'This account has no e-mail address to send the link to. Add one first.',
    ),
  managedByResellerPortal: (what: 'password' | 'username') =>
    new AppError(
      ERROR_CODES.MANAGED_BY_RESELLER_PORTAL,
      `This account signs in through the reseller portal; its ${what} is managed there.`,
    ),
  /** Usernames are unique per tenant; each user-management 409 has its own code for the SPA. */
  usernameTaken: () =>
    new AppError(
      ERROR_CODES.USERNAME_TAKEN,
      'Another user of this tenant already has this username (upper and lower case count as the same).',
      { field: 'username' },
    ),
  lastAdmin: () =>
    new AppError(
      ERROR_CODES.LAST_ADMIN,
      'This is the last active administrator of the tenant. Give another user the admin role first.',
    ),
  ownAccount: (change: OwnAccountChange) =>
    new AppError(ERROR_CODES.OWN_ACCOUNT, OWN_ACCOUNT_MESSAGES[change]),
  /** The new password breaks a password rule; `message` is the policy's explanation. */
  weakPassword: (reason: WeakPasswordReason, message: string) =>
    new AppError(ERROR_CODES.WEAK_PASSWORD, message, { reason }),
  /** A signed-in user's own password, asked again for a sensitive change, was wrong. */
  wrongPassword: () => new AppError(ERROR_CODES.INVALID_CREDENTIALS, 'The password is incorrect.'),
  unauthenticated: () => new AppError(ERROR_CODES.UNAUTHENTICATED, 'Sign in to continue.'),
  /** Says that the session was ended, never by whom or why. */
  sessionRevoked: () =>
    new AppError(ERROR_CODES.SESSION_REVOKED, 'Your session was ended. Sign in again.'),
  sessionExpired: () =>
    new AppError(ERROR_CODES.SESSION_EXPIRED, 'Your session expired. Sign in again.'),
  forbidden: () => new AppError(ERROR_CODES.FORBIDDEN, 'You do not have permission to do this.'),
  reauthenticationRequired: () =>
    new AppError(
      ERROR_CODES.REAUTHENTICATION_REQUIRED,
      'Confirm it is you first: POST /api/account/reauthenticate with your password (and a code).',
    ),
  /** The session acts in a customer that is no longer the reseller's; it may choose again. */
  customerUnavailable: (ownTenantId: string) =>
    new AppError(
      ERROR_CODES.CUSTOMER_UNAVAILABLE,
      'You no longer act in this customer. Choose a customer or your own tenant (POST /api/session/tenant).',
      { ownTenantId },
    ),
  notFound: () => new AppError(ERROR_CODES.NOT_FOUND, 'Not found.'),
  /** Input that the schemas cannot judge alone (e.g. how two fields go together). */
  invalidInput: (message: string, field?: string) =>
    new AppError(ERROR_CODES.VALIDATION_ERROR, message, field ? { field } : {}),
  serviceUnavailable: () =>
    new AppError(
      ERROR_CODES.SERVICE_UNAVAILABLE,
      'The service is temporarily unavailable. Please try again shortly.',
    ),
};
