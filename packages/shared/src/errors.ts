/**
 * The error catalogue: every `error` code the API can answer with. The SPA switches on these
 * codes, never on the human message, which may change or be translated.
 */
export const ERROR_CODES = {
  VALIDATION_ERROR: 'validation_error',
  INVALID_CREDENTIALS: 'invalid_credentials',
  /** A wrong, expired or already used two-factor code or recovery code. */
  INVALID_CODE: 'invalid_code',
  /** The pending sign-in step (two-factor) is over: expired, used up, or never started. */
  LOGIN_EXPIRED: 'login_expired',
  /** The tenant's policy requires two-factor authentication for this user. */
  TWO_FACTOR_REQUIRED: 'two_factor_required',
  /** A password reset link that is unknown, expired, already used or replaced by a newer one. */
  INVALID_TOKEN: 'invalid_token',
  /** The request conflicts with the account's state (e.g. its password lives elsewhere). */
  CONFLICT: 'conflict',
  /** 409: another user of the tenant has this username (compared case-insensitively). */
  USERNAME_TAKEN: 'username_taken',
  /** 409: the change would leave the tenant without an active administrator. */
  LAST_ADMIN: 'last_admin',
  /** 409: administrators cannot remove their own admin role, deactivate or delete themselves. */
  OWN_ACCOUNT: 'own_account',
  TOO_MANY_ATTEMPTS: 'too_many_attempts',
  /** 422: a new password breaks the password rules; `reason` says which (WEAK_PASSWORD_REASONS). */
  WEAK_PASSWORD: 'weak_password',
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'not_found',
  PAYLOAD_TOO_LARGE: 'payload_too_large',
  UNSUPPORTED_MEDIA_TYPE: 'unsupported_media_type',
  SERVICE_UNAVAILABLE: 'service_unavailable',
  INTERNAL_ERROR: 'internal_error',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];
